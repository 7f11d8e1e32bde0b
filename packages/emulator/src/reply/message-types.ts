/** A content block of a reply; only `type` is fixed, the rest depends on it. */
export type ContentBlock = { type: string } & Record<string, unknown>;

/** `usage` of a Message, with every field the API sends. */
export interface Usage {
  input_tokens: number;
  output_tokens: number;
  cache_creation_input_tokens: number;
  cache_read_input_tokens: number;
  cache_creation: { ephemeral_5m_input_tokens: number; ephemeral_1h_input_tokens: number };
  server_tool_use: null;
  service_tier: 'standard';
  inference_geo: null;
  /** Only when the request set `speed`: the speed it ran at. */
  speed?: string;
}

/** `Message.container`: the code-execution container of a reply. */
export interface MessageContainer {
  id: string;
  expires_at: string;
  skills: Array<Record<string, unknown>> | null;
}

/** The `Message` object of `POST /v1/messages`. */
export interface Message {
  id: string;
  type: 'message';
  role: 'assistant';
  model: string;
  content: ContentBlock[];
  stop_reason: string | null;
  stop_sequence: string | null;
  stop_details: null;
  container: MessageContainer | null;
  /** Only when the request asked for `diagnostics` (API version 2026-10-21). */
  diagnostics?: { cache_miss_reason: Record<string, unknown> | null };
  usage: Usage;
}

/** The request params a reply depends on (already validated). */
export interface MessageRequestParams {
  model: string;
  max_tokens?: number;
  messages: Array<{ role: string; content: unknown }>;
  system?: unknown;
  tools?: unknown;
  stop_sequences?: string[];
  thinking?: { type: string; display?: string };
  speed?: string | null;
  diagnostics?: unknown;
  /** Structured outputs: with a `json_schema` format, the default reply is JSON satisfying `schema`. */
  output_config?: { format?: { type?: string; schema?: unknown } | null } | null;
}
