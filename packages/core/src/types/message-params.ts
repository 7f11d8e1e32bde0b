/** Request bodies of `POST /v1/messages` and `POST /v1/messages/count_tokens`. */
import type { CacheControlEphemeral } from './cache-control.js';
import type { ContentBlockParam, TextBlockParam } from './content-block-params.js';
import type { Model } from './models.js';
import type { OutputConfig } from './output-config.js';
import type { ThinkingConfigParam } from './thinking.js';
import type { MessageCountTokensTool, ToolChoice, ToolUnion } from './tools.js';

/**
 * The content of a user or assistant turn: a string (shorthand for one `text` block) or a list of
 * content blocks.
 *
 * @example
 * const content: MessageContentParam = [{ type: 'text', text: 'What is in this image?' }];
 */
export type MessageContentParam = string | ContentBlockParam[];

/**
 * A user turn.
 *
 * @example
 * const turn: UserMessageParam = { role: 'user', content: 'Hello, Claude' };
 */
export interface UserMessageParam {
  content: MessageContentParam;

  role: 'user';
}

/**
 * An assistant turn: an earlier reply, or a prefix the response continues.
 *
 * @example
 * const turn: AssistantMessageParam = { role: 'assistant', content: 'The answer is' };
 */
export interface AssistantMessageParam {
  content: MessageContentParam;

  role: 'assistant';
}

/**
 * A mid-conversation system message: text only (a string or `text` blocks). For the initial system
 * prompt use the top-level `system` parameter.
 *
 * @example
 * const turn: SystemMessageParam = { role: 'system', content: 'From now on, answer in French.' };
 */
export interface SystemMessageParam {
  content: string | TextBlockParam[];

  role: 'system';
}

/**
 * One input turn, discriminated by `role`: narrow on it to reach the content type of each role (a
 * system message holds text only).
 *
 * @example
 * const turn: MessageParam = { role: 'user', content: 'Hello, Claude' };
 * if (turn.role === 'system') turn.content; // string | TextBlockParam[]
 */
export type MessageParam = UserMessageParam | AssistantMessageParam | SystemMessageParam;

/**
 * Ask for cache-miss diagnostics: the reply's `diagnostics` then says why the prompt cache missed
 * relative to an earlier reply.
 *
 * @example
 * const diagnostics: DiagnosticsParam = { previous_message_id: 'msg_01…' };
 */
export interface DiagnosticsParam {
  /** The id of the earlier reply whose prompt this request's is compared with. */
  previous_message_id?: string | null;
}

/** Request metadata. */
export interface Metadata {
  /**
   * Opaque id of the end user (uuid or hash) used for abuse detection. Never put names,
   * emails or phone numbers here.
   */
  user_id?: string | null;
}

/** A skill to load in the code-execution container. */
export interface SkillParams {
  skill_id: string;

  /** `anthropic` (built-in) or `custom` (uploaded with the Skills API). */
  type: 'anthropic' | 'custom';

  /** Skill version, or `latest` (the default). */
  version?: string;
}

/** Container to use for code execution: reuse one by id and/or load skills into it. */
export interface ContainerParams {
  /** Id of a container to reuse (`Message.container.id`). */
  id?: string | null;

  /** Skills to load (needs the `skills-2025-10-02` beta plus code execution). */
  skills?: SkillParams[] | null;
}

/**
 * Parameters of `messages.create()`, without the `stream` discriminant: the field list of API
 * version 2026-10-21. The sampling parameters `temperature`, `top_k` and `top_p` are not part of it
 * (as in the official SDK 1.x). Unknown fields are sent as given, never stripped, so newer API
 * options work before they are typed here.
 */
export interface MessageCreateParamsBase {
  /**
   * Maximum number of tokens to generate; the model may stop earlier. `0` only warms the
   * prompt cache. Model maximums differ.
   */
  max_tokens: number;

  /**
   * Input turns, normally alternating `user` / `assistant` (consecutive turns of one role
   * are merged). A final `assistant` turn is continued by the response. At most 100,000.
   */
  messages: MessageParam[];

  /** Model id or alias, e.g. `claude-opus-4-6`. */
  model: Model;

  /** Put a cache breakpoint on the last cacheable block of the request automatically. */
  cache_control?: CacheControlEphemeral | null;

  /** Container to reuse (its id) or container settings (id and/or skills). */
  container?: string | ContainerParams | null;

  /** Ask for cache-miss diagnostics relative to an earlier reply (see `Message.diagnostics`). */
  diagnostics?: DiagnosticsParam | null;

  /** Region to run inference in; defaults to the workspace's `default_inference_geo`. */
  inference_geo?: string | null;

  metadata?: Metadata;

  /** Effort and structured output format. */
  output_config?: OutputConfig;

  /** `auto` uses priority capacity when available; `standard_only` never does. */
  service_tier?: 'auto' | 'standard_only';

  /** `fast` trades cost for latency on models that support it; `standard` is the default. */
  speed?: 'standard' | 'fast' | null;

  /** Custom strings that stop generation (`stop_reason: "stop_sequence"`). */
  stop_sequences?: string[];

  /** Stream the response as server-sent events. */
  stream?: boolean;

  /** System prompt: a string or text blocks (blocks allow `cache_control`). */
  system?: string | TextBlockParam[];

  /** Extended thinking: `enabled` (with `budget_tokens`), `disabled`, `adaptive` or `between_tools`. */
  thinking?: ThinkingConfigParam;

  /** How the model should use `tools`. */
  tool_choice?: ToolChoice;

  /** Tools the model may call: custom tools and Anthropic-defined client/server tools. */
  tools?: ToolUnion[];

  /**
   * SDK-only: not sent in the body. Sent as the `anthropic-user-profile-id` header to
   * attribute the request to a user profile (acting on behalf of another party).
   */
  user_profile_id?: string;

  /**
   * SDK-only: not sent in the body. Sent as the `anthropic-workspace-id` header to run the request
   * in that workspace.
   */
  workspace_id?: string;
}

/** `messages.create()` parameters for a single JSON response. */
export interface MessageCreateParamsNonStreaming extends MessageCreateParamsBase {
  /** Absent or `false`: the call resolves to a `Message`. */
  stream?: false;
}

/** `messages.create()` parameters for a server-sent event stream. */
export interface MessageCreateParamsStreaming extends MessageCreateParamsBase {
  /** `true`: the call resolves to a `Stream<RawMessageStreamEvent>`. */
  stream: true;
}

/**
 * Parameters of `messages.create()`; `stream` selects the overload.
 *
 * @example
 * ```ts
 * const params: MessageCreateParams = {
 *   model: 'claude-opus-4-6',
 *   max_tokens: 1024,
 *   messages: [{ role: 'user', content: 'Hello, Claude' }],
 * };
 * ```
 */
export type MessageCreateParams = MessageCreateParamsNonStreaming | MessageCreateParamsStreaming;

/** Parameters of `messages.stream()` (`stream: true` is set by the helper). */
export type MessageStreamParams = MessageCreateParamsBase;

/**
 * Parameters of `messages.countTokens()` (`POST /v1/messages/count_tokens`); like create but
 * without `max_tokens`, `stop_sequences`, `metadata` and the other generation options.
 */
export interface MessageCountTokensParams {
  /** The input turns to count. */
  messages: MessageParam[];

  model: Model;

  cache_control?: CacheControlEphemeral | null;

  output_config?: OutputConfig;

  /** `fast` or `standard`: counted as the request would run. */
  speed?: 'standard' | 'fast' | null;

  system?: string | TextBlockParam[];

  thinking?: ThinkingConfigParam;

  tool_choice?: ToolChoice;

  tools?: MessageCountTokensTool[];

  /**
   * SDK-only: not sent in the body. Sent as the `anthropic-user-profile-id` header.
   */
  user_profile_id?: string;

  /** SDK-only: not sent in the body. Sent as the `anthropic-workspace-id` header. */
  workspace_id?: string;
}

/** Response of `messages.countTokens()`. */
export interface MessageTokensCount {
  /** Total tokens of the messages, system prompt and tools. */
  input_tokens: number;
}
