/**
 * Public types of the emulator. They describe the emulator's own API (scripting, faults, recording),
 * not the Anthropic API: the emulator is the independent other side of the wire and shares no types
 * with the @anth packages on purpose.
 */

/**
 * A model as returned by `GET /v1/models`.
 *
 * @example
 * const model: ModelInfo = {
 *   id: 'claude-sonnet-4-5-20250929', type: 'model', display_name: 'Claude Sonnet 4.5',
 *   created_at: '2025-09-29T00:00:00Z', max_input_tokens: 200000, max_tokens: 64000,
 * };
 */
export type ModelInfo = {
  id: string;
  type: 'model';
  display_name: string;
  /** RFC 3339 timestamp; the list endpoint sorts newest first. */
  created_at: string;
  max_input_tokens: number | null;
  /** Upper bound for `max_tokens` in `POST /v1/messages` (null = no bound enforced). */
  max_tokens: number | null;
};

/**
 * Options of the first-party emulator, and of the Vertex AI and Foundry backends in front of it
 * (for those, `authTokens` are the accepted OAuth / Entra bearer tokens and `apiKeys` the accepted
 * Foundry keys). Pass them to {@link createEmulatorFetch} (with `backend`) or, per backend, to
 * `startEmulator({ backends: { anthropic: {...} } })`.
 *
 * @example
 * const emulator = createEmulatorFetch({ apiKeys: ['sk-test'], chunkSize: 4 });
 */
export interface EmulatorOptions {
  /** Accepted API keys, sent as `Authorization: Bearer <key>` (2026-10-21) or `x-api-key`. @default ['sk-ant-emulator'] */
  apiKeys?: string[];
  /** Accepted `Authorization: Bearer <token>` values. @default ['emulator-token'] */
  authTokens?: string[];
  /** When false, requests without (or with wrong) credentials are served anyway. @default true */
  requireAuth?: boolean;
  /** Models served by `/v1/models` and accepted by `model` params. @default a list of Claude models */
  models?: ModelInfo[];
  /** Characters per `text_delta` / `thinking_delta` / `input_json_delta` in streams. @default 8 */
  chunkSize?: number;
  /**
   * When message batches end on their own (see {@link BatchSchedule}).
   * @default { endAfterPolls: 3 }
   */
  batchSchedule?: BatchSchedule;
  /** Bytes per chunk of a batch results body; chunks are cut at this size, mid-line. @default 65536 */
  batchResultsChunkBytes?: number;
}

/**
 * The services the emulator can be: `'anthropic'` (the first-party API), or a cloud backend with its
 * own URL layout, auth and error shapes in front of the same replies.
 *
 * @example
 * const backends: EmulatorBackendName[] = ['anthropic', 'bedrock'];
 */
export type EmulatorBackendName = 'anthropic' | 'bedrock' | 'vertex' | 'foundry';

/**
 * A function with the global `fetch`'s signature.
 *
 * @example
 * const asFetch: FetchFunction = createEmulatorFetch();
 */
export type FetchFunction = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/**
 * A request as the emulator received it, kept in {@link Emulator.requests}.
 *
 * @example
 * expect(emulator.requests[0]?.headers.get('anthropic-version')).toBe('2026-10-21');
 */
export interface RecordedRequest {
  method: string;
  /** The full URL, including the query. */
  url: string;
  /** The URL path, e.g. `/v1/messages`. */
  path: string;
  query: URLSearchParams;
  headers: Headers;
  /** Parsed JSON when the body is JSON, else the raw text, or null when there is no body. */
  body: unknown;
  rawBody: string;
}

/**
 * What a test controls of an emulated service: the replies it scripts, the faults it queues, the
 * requests it received, and its stored state (batches, files, threads). Every in-process emulator
 * ({@link EmulatorFetch}) and every served one (`startEmulator`) has these.
 *
 * @example
 * emulator.script({ content: [{ type: 'text', text: 'Hi there' }] });
 * emulator.fault({ status: 529 });
 * expect(emulator.requests[0]?.body).toMatchObject({ model: 'claude-sonnet-4-5' });
 */
export interface Emulator {
  /** Queues replies for the next `/v1/messages` and `/v1/complete` calls (FIFO). */
  script(...turns: ScriptedTurn[]): void;
  /** Queues faults for the next requests (FIFO, one per request, respecting `match`). */
  fault(...faults: Fault[]): void;
  /** Every request received, in order (the same array for the emulator's life: `reset()` empties it). */
  readonly requests: RecordedRequest[];
  /**
   * Server-side message threads (`thread` param, `message-threads-2026-08-12` beta): the conversation
   * the server holds up to a threaded reply, by the reply's message id. Cleared by `reset()`.
   */
  readonly threads: EmulatorThreads;
  /** Clears scripted turns, faults, recorded requests, expired tokens and everything stored. */
  reset(): void;
  /**
   * Cloud backends: from now on, requests presenting this bearer token or key get the backend's 401
   * for an expired credential; other accepted tokens still work (so a client that fetches a new
   * token recovers). Cleared by `reset()`.
   */
  expireToken(token: string): void;
  /** Message batches: end them, choose per-request outcomes, create large synthetic ones. */
  readonly batches: EmulatorBatches;
  /** Files API: add files as code execution would create them (uploads are not downloadable). */
  readonly files: EmulatorFiles;
}

/**
 * An in-process emulator: a `fetch` to inject into a client (it needs no binding and no server), with
 * the {@link Emulator} controls on it. From {@link createEmulatorFetch}.
 *
 * @example
 * const emulator = createEmulatorFetch();
 * const client = new Anthropic({ fetch: emulator, apiKey: 'sk-ant-emulator' });
 * emulator.script({ content: [{ type: 'text', text: 'Hi!' }] });
 */
export type EmulatorFetch = FetchFunction & Emulator;

/**
 * What the emulated API holds of its message threads.
 *
 * @example
 * expect(emulator.threads.conversation(reply.id)?.messages).toEqual(runner.params.messages);
 */
export interface EmulatorThreads {
  /**
   * The conversation of the thread up to the threaded reply `messageId` (that reply last, as an
   * assistant message), with the `system` and `tools` the thread was created with; undefined for a
   * message that is not a threaded reply.
   */
  conversation(
    messageId: string,
  ):
    | { messages: Array<{ role: string; content: unknown }>; system?: unknown; tools?: unknown; continued: boolean }
    | undefined;
}

/**
 * Test controls of the emulated Files API (uploads and skills are per emulator; `reset()` clears them).
 *
 * @example
 * const { id } = emulator.files.add({ filename: 'chart.png', content: pngBytes, mimeType: 'image/png' });
 */
export interface EmulatorFiles {
  /**
   * Stores a file as if code execution had created it and returns its metadata: downloadable (unless
   * `downloadable: false`), listed, retrievable and deletable like an upload.
   */
  add(file: { filename: string; content: string | Uint8Array; mimeType?: string; downloadable?: boolean }): {
    id: string;
    type: 'file';
    filename: string;
    mime_type: string;
    size_bytes: number;
    created_at: string;
    downloadable: boolean;
  };
}

/**
 * One scripted reply for `/v1/messages` (or `/v1/complete`, which uses the text blocks).
 *
 * @example
 * emulator.script({ content: [{ type: 'tool_use', name: 'get_weather', input: { city: 'Paris' } }] });
 */
export type ScriptedTurn = {
  /** Default: one text block with the default reply. */
  content?: ScriptedBlock[];
  /** Default: `tool_use` if any tool_use block, else `end_turn`. */
  stop_reason?: 'end_turn' | 'max_tokens' | 'stop_sequence' | 'tool_use' | 'pause_turn' | 'refusal' | 'compaction';
  stop_sequence?: string | null;
  /** The code-execution container of the reply (`Message.container`; streamed in `message_delta`). `expires_at` defaults to an hour from now. */
  container?: { id: string; expires_at?: string; skills?: Array<Record<string, unknown>> | null } | null;
  usage?: Partial<{
    input_tokens: number;
    output_tokens: number;
    cache_creation_input_tokens: number;
    cache_read_input_tokens: number;
  }>;
  id?: string;
  model?: string;
  /**
   * For a request with a `json_schema` `output_config.format` and no scripted `content`: how the JSON
   * generated from the schema comes back. `'invalid_json'`: with chatter before it, so it does not
   * parse; `'max_tokens'`: cut in the middle, with `stop_reason: 'max_tokens'`. Default: complete.
   */
  structuredOutput?: 'invalid_json' | 'max_tokens';
  /**
   * `Message.diagnostics` of a reply to a request that asked for them with `diagnostics`. Default:
   * `{ cache_miss_reason: { type: 'unavailable' } }` (the emulator keeps no prompt cache to diagnose).
   *
   * @example
   * { diagnostics: { cache_miss_reason: { type: 'system_changed', cache_missed_input_tokens: 1200 } } }
   */
  diagnostics?: { cache_miss_reason: Record<string, unknown> | null };
};

/**
 * A content block of a scripted reply. Missing ids and signatures are generated.
 *
 * @example
 * const block: ScriptedBlock = { type: 'thinking', thinking: 'Let me see…' };
 */
export type ScriptedBlock =
  | { type: 'text'; text: string; citations?: Array<Record<string, unknown>> }
  | {
      type: 'tool_use';
      name: string;
      input: Record<string, unknown>;
      id?: string;
      /**
       * The input exactly as the model writes it, streamed as `input_json_delta` instead of
       * `JSON.stringify(input)`: may be malformed, to test clients. A JSON reply then carries it
       * parsed, or as the raw string when it does not parse.
       */
      inputJson?: string;
    }
  | { type: 'thinking'; thinking: string; signature?: string }
  | { type: 'redacted_thinking'; data: string }
  | { type: 'server_tool_use'; name: string; input: Record<string, unknown>; id?: string }
  | { type: 'web_search_tool_result'; tool_use_id: string; content: unknown }
  /** Beta MCP connector: a call the API made to an MCP server (input streamed like a tool_use). */
  | { type: 'mcp_tool_use'; name: string; server_name: string; input: Record<string, unknown>; id?: string }
  | {
      type: 'mcp_tool_result';
      tool_use_id: string;
      content: string | Array<Record<string, unknown>>;
      is_error?: boolean;
    }
  /** Beta server-side compaction: `content` is streamed as `compaction_delta`s; `null` is a failed compaction. */
  | { type: 'compaction'; content: string | null; encrypted_content?: string };

/**
 * A fault applied to one request.
 *
 * @example
 * emulator.fault({ status: 529 }, { status: 429, headers: { 'retry-after-ms': '10' } });
 * emulator.fault({ sseErrorAfterEvents: 3 });
 */
export type Fault = {
  /** Reply with this status and the API's error body for it (type from the status, e.g. 529 overloaded_error). */
  status?: number;
  /** Overrides the error type of the error body (and of the SSE `error` event). */
  errorType?: string;
  /** Overrides the error message of the error body (and of the SSE `error` event). */
  message?: string;
  /**
   * The body's `error.details.error_code`, e.g. `'thread_already_continued'` (with `status: 400`) or
   * `'thread_not_found'` (with `status: 404`).
   */
  errorCode?: string;
  /** Other `error.details` fields, e.g. `{ unsupported: ['mcp_servers'] }` for `thread_unsupported_request`. */
  details?: Record<string, unknown>;
  /** Raw body override, e.g. non-JSON proxy text. */
  body?: string;
  /** Extra response headers, e.g. `{ 'retry-after': '1' }`, `{ 'x-should-retry': 'false' }`. */
  headers?: Record<string, string>;
  /** Wait this long before sending response headers; stops early when the request is aborted. */
  latencyMs?: number;
  /** SSE: send N events (pings count), then go silent without ending until the client gives up. */
  stallAfterEvents?: number;
  /** SSE: send N events (pings count), then an `error` event, then end. */
  sseErrorAfterEvents?: number;
  /** SSE: send N events (pings count), then break the connection abruptly. */
  dropAfterEvents?: number;
  /** Break the connection without any response (the handler rejects with `TypeError('fetch failed')`). */
  dropConnection?: boolean;
  /** SSE: pause between events. */
  delayBetweenEventsMs?: number;
  /** Only apply to requests whose path starts with this. */
  match?: string;
};

/**
 * When message batches move from `in_progress` (or `canceling`) to `ended` without a test asking:
 * - `'manual'`: never; only {@link EmulatorBatches.end} and {@link EmulatorBatches.expire} end them;
 * - `{ endAfterPolls: n }`: the n-th `GET /v1/messages/batches/{id}` of a batch ends it before
 *   answering (so the n-th poll sees `ended`);
 * - `{ endAfterMs: ms }`: a batch ends `ms` after its creation (checked whenever it is read).
 *
 * A `canceling` batch ends at its next step instead: its next poll, its next read, or `end()`.
 *
 * @example
 * createEmulatorFetch({ batchSchedule: 'manual' });
 * createEmulatorFetch({ batchSchedule: { endAfterPolls: 1 } }); // ended at the first retrieve
 */
export type BatchSchedule = 'manual' | { endAfterPolls: number } | { endAfterMs: number };

/**
 * How one batch request turns out when its batch ends.
 * - `'succeeded'`: runs the request (a message from the next scripted turn or the default reply);
 *   with `turn`, that turn is used instead of the queue;
 * - `'errored'`: an `api_error` result; `errorType` and `message` override it;
 * - `'canceled'`, `'expired'`: as if the batch was canceled, or expired, before the request ran.
 *
 * Without an outcome, a request runs: it succeeds, or is `errored` with the API's validation
 * message when its params are invalid (unknown model: `not_found_error`).
 *
 * @example
 * emulator.batches.setOutcomes({ q1: 'expired', q2: { type: 'errored', errorType: 'overloaded_error' } });
 */
export type BatchRequestOutcome =
  | 'succeeded'
  | 'errored'
  | 'canceled'
  | 'expired'
  | { type: 'succeeded'; turn?: ScriptedTurn }
  | { type: 'errored'; errorType?: string; message?: string };

/**
 * Options of {@link EmulatorBatches.createSynthetic}.
 *
 * @example
 * emulator.batches.createSynthetic({ requestCount: 100_000 });
 */
export interface SyntheticBatchOptions {
  /** Number of result lines. */
  requestCount: number;
  /**
   * Line `index` (0-based) of the results, as a JSON value. Called lazily, while the results body
   * streams, and again on every download. Default: a `succeeded` result (custom_id `request-<index>`)
   * with a reply of about 600 characters: about 1.1 KB per line.
   */
  result?: (index: number) => unknown;
}

/**
 * Test controls of the emulated Message Batches API. State is per emulator; `reset()` clears it.
 *
 * @example
 * const batch = await batches.create({ requests });
 * emulator.batches.setOutcomes({ q2: 'errored' });
 * emulator.batches.end(batch.id);
 */
export interface EmulatorBatches {
  /**
   * Ends a batch now (every unended batch without `id`): its requests run, or are canceled when the
   * batch is `canceling`. Throws for an unknown id; an ended batch is left alone.
   */
  end(id?: string): void;
  /** Ends a batch (every unended batch without `id`) as its 24-hour expiry does: requests are `expired`. */
  expire(id?: string): void;
  /** Fixes the outcome of requests by `custom_id`, in every batch that ends from now on, until `reset()`. */
  setOutcomes(outcomes: Record<string, BatchRequestOutcome>): void;
  /**
   * Adds an already ended batch whose results are generated line by line while they stream, never
   * held in memory: for memory tests over large result sets. `request_counts` reports every request
   * as succeeded. Returns the batch id.
   */
  createSynthetic(options: SyntheticBatchOptions): { id: string };
}
