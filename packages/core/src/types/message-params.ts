/** Request bodies of `POST /v1/messages` and `POST /v1/messages/count_tokens`. */
import type { CacheControlEphemeral } from './cache-control.js';
import type { ContentBlockParam, TextBlockParam } from './content-block-params.js';
import type { Model } from './models.js';
import type { OutputConfig } from './output-config.js';
import type { ThinkingConfigParam } from './thinking.js';
import type { MessageCountTokensTool, ToolChoice, ToolUnion } from './tools.js';

/**
 * One input turn.
 *
 * @example
 * ```ts
 * const turn: MessageParam = { role: 'user', content: 'Hello, Claude' };
 * ```
 */
export interface MessageParam {
  /** A string (shorthand for one `text` block) or a list of content blocks. */
  content: string | ContentBlockParam[];

  /**
   * Who speaks. `system` is a mid-conversation system message: the official TS SDK 0.120
   * accepts it (Python 0.121 does not); for the initial system prompt use the top-level
   * `system` parameter.
   */
  role: 'user' | 'assistant' | 'system';
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
 * Parameters of `messages.create()`, without the `stream` discriminant. Unknown fields are
 * sent as given, so newer API options work before they are typed here.
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

  /** Model id or alias, e.g. `claude-sonnet-4-5`. */
  model: Model;

  /** Put a cache breakpoint on the last cacheable block of the request automatically. */
  cache_control?: CacheControlEphemeral | null;

  /** Container to reuse (its id) or container settings (id and/or skills). */
  container?: string | ContainerParams | null;

  /** Region to run inference in; defaults to the workspace's `default_inference_geo`. */
  inference_geo?: string | null;

  metadata?: Metadata;

  /** Effort and structured output format. */
  output_config?: OutputConfig;

  /** `auto` uses priority capacity when available; `standard_only` never does. */
  service_tier?: 'auto' | 'standard_only';

  /** Custom strings that stop generation (`stop_reason: "stop_sequence"`). */
  stop_sequences?: string[];

  /** Stream the response as server-sent events. */
  stream?: boolean;

  /** System prompt: a string or text blocks (blocks allow `cache_control`). */
  system?: string | TextBlockParam[];

  /**
   * Sampling temperature, 0–1. Models newer than Claude Opus 4.6 accept only `1.0`.
   */
  temperature?: number;

  /** Extended thinking: `enabled` (with `budget_tokens`), `disabled` or `adaptive`. */
  thinking?: ThinkingConfigParam;

  /** How the model should use `tools`. */
  tool_choice?: ToolChoice;

  /** Tools the model may call: custom tools and Anthropic-defined client/server tools. */
  tools?: ToolUnion[];

  /** Top-k sampling. Rejected by models newer than Claude Opus 4.6. */
  top_k?: number;

  /** Nucleus sampling. Models newer than Claude Opus 4.6 accept only values ≥ 0.99. */
  top_p?: number;

  /**
   * SDK-only: not sent in the body. Sent as the `anthropic-user-profile-id` header to
   * attribute the request to a user profile (acting on behalf of another party).
   */
  user_profile_id?: string;
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
 *   model: 'claude-sonnet-4-5',
 *   max_tokens: 1024,
 *   messages: [{ role: 'user', content: 'Hello, Claude' }],
 * };
 * ```
 */
export type MessageCreateParams = MessageCreateParamsNonStreaming | MessageCreateParamsStreaming;

/** Parameters of `messages.stream()` (`stream: true` is set by the helper). */
export type MessageStreamParams = MessageCreateParamsBase;

/**
 * Parameters of `messages.countTokens()` (`POST /v1/messages/count_tokens`); like
 * create but without `max_tokens` and sampling options.
 */
export interface MessageCountTokensParams {
  /** The input turns to count. */
  messages: MessageParam[];

  model: Model;

  cache_control?: CacheControlEphemeral | null;

  output_config?: OutputConfig;

  system?: string | TextBlockParam[];

  thinking?: ThinkingConfigParam;

  tool_choice?: ToolChoice;

  tools?: MessageCountTokensTool[];

  /**
   * SDK-only: not sent in the body. Sent as the `anthropic-user-profile-id` header.
   */
  user_profile_id?: string;
}

/** Response of `messages.countTokens()`. */
export interface MessageTokensCount {
  /** Total tokens of the messages, system prompt and tools. */
  input_tokens: number;
}
