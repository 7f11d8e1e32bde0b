/** Request bodies of the beta `POST /v1/messages` and `…/count_tokens` (sent with an `anthropic-beta` header). */
import type { JSONOutputFormat, MessageCountTokensParams, MessageCreateParamsBase, Model } from '@anth/core';
import type {
  BetaContextManagementConfig,
  BetaCountTokensContextManagementResponse,
} from './beta-context-management.js';
import type { BetaMessageParam } from './beta-message.js';
import type { BetaRequestMCPServerURLDefinition, BetaToolUnion } from './beta-tools.js';

/** A model to fall back to when the requested one refuses (beta `fallbacks`). */
export interface BetaFallbackParam {
  model: Model;

  max_tokens?: number | null;

  /** Any other override of the request for this model. */
  [key: string]: unknown;
}

/**
 * Which server-side message thread a request belongs to (needs the `message-threads-2026-08-12`
 * beta): `create` starts one with the request's whole conversation; `continue` sends only the new
 * messages after the reply `previous_message_id` (without `system` and `tools`, which the thread keeps).
 *
 * @example
 * const thread: BetaThreadParam = { type: 'continue', previous_message_id: 'msg_01…' };
 */
export type BetaThreadParam = { type: 'create' } | { type: 'continue'; previous_message_id: string };

/**
 * Makes the request a compaction request: the conversation is summarized into one `compaction`
 * block (`stop_reason: "compaction"`), which later requests send first in place of what it
 * summarizes. Cannot be combined with `context_management`.
 *
 * @example
 * const compaction: BetaCompactionConfig = { type: 'summarize', instructions: 'Keep every file name.' };
 */
export interface BetaCompactionConfig {
  type: 'summarize';

  /** Replaces the server's default summarization prompt for this request. */
  instructions?: string | null;
}

/** Fields the beta endpoint adds to create and count-tokens requests. */
export interface BetaRequestFields {
  /**
   * Beta names, sent as the `anthropic-beta` header (merged with the client's), never in the body.
   *
   * @example
   * betas: ['mcp-client-2025-04-04']
   */
  betas?: string[];

  /** Context management edits (needs `context-management-2025-06-27`). */
  context_management?: BetaContextManagementConfig | null;

  /** Remote MCP servers the API connects to (needs `mcp-client-2025-04-04`). */
  mcp_servers?: BetaRequestMCPServerURLDefinition[];

  /**
   * Deprecated: use `output_config.format`. The SDK moves it there before sending; giving both is an
   * error.
   */
  output_format?: JSONOutputFormat | null;
}

/**
 * Who is billed for a request made on behalf of a user profile (`user_profile_id`): your own
 * organization (`self`) or the user profile's.
 *
 * @example
 * const billing_policy: BetaBillingPolicy = { type: 'billing_policy', bill_to: 'user_profile' };
 */
export interface BetaBillingPolicy {
  type: 'billing_policy';

  bill_to?: 'self' | 'user_profile';
}

/**
 * Parameters of `betaMessages.create()`, without the `stream` discriminant: the GA parameters with
 * beta messages and tools, plus the beta fields (the sampling parameters `temperature`, `top_k` and
 * `top_p` are not among them, as on GA). Unknown fields are sent as given.
 */
export interface BetaMessageCreateParamsBase
  extends Omit<MessageCreateParamsBase, 'messages' | 'tools' | 'stream'>,
    BetaRequestFields {
  /** Input turns, beta blocks allowed. */
  messages: BetaMessageParam[];

  /** Custom tools and every GA or beta Anthropic-defined tool. */
  tools?: BetaToolUnion[];

  /** Models to fall back to on a refusal, or `default`. */
  fallbacks?: BetaFallbackParam[] | 'default' | null;

  /** The server-side message thread of this request (the tool runner sets it with `thread: true`). */
  thread?: BetaThreadParam | null;

  /** Summarize the conversation instead of answering it (the tool runner's `compactBeforeNextTurn()`). */
  compaction?: BetaCompactionConfig | null;

  /** Who is billed when the request acts for a user profile. */
  billing_policy?: BetaBillingPolicy | null;

  stream?: boolean;
}

/** Beta create parameters for a single JSON response. */
export interface BetaMessageCreateParamsNonStreaming extends BetaMessageCreateParamsBase {
  stream?: false;
}

/** Beta create parameters for a server-sent event stream. */
export interface BetaMessageCreateParamsStreaming extends BetaMessageCreateParamsBase {
  stream: true;
}

/**
 * Parameters of `betaMessages.create()`; `stream` selects the overload.
 *
 * @example
 * const params: BetaMessageCreateParams = {
 *   model: 'claude-opus-4-6', max_tokens: 1024, betas: ['context-management-2025-06-27'],
 *   context_management: { edits: [{ type: 'clear_tool_uses_20250919' }] },
 *   messages: [{ role: 'user', content: 'Hello' }],
 * };
 */
export type BetaMessageCreateParams = BetaMessageCreateParamsNonStreaming | BetaMessageCreateParamsStreaming;

/** Parameters of `betaMessages.stream()` (`stream: true` is set by the helper). */
export type BetaMessageStreamParams = Omit<BetaMessageCreateParamsBase, 'stream'>;

/** Parameters of `betaMessages.countTokens()`. */
export interface BetaMessageCountTokensParams
  extends Omit<MessageCountTokensParams, 'messages' | 'tools'>,
    BetaRequestFields {
  messages: BetaMessageParam[];

  tools?: BetaToolUnion[];
}

/** Response of `betaMessages.countTokens()`. */
export interface BetaMessageTokensCount {
  /** Total tokens of the messages, system prompt and tools. */
  input_tokens: number;

  /** How context management changed the count, or `null`. */
  context_management?: BetaCountTokensContextManagementResponse | null;
}
