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
 * Options for {@link createEmulator}.
 *
 * @example
 * const emulator = createEmulator({ apiKeys: ['sk-test'], chunkSize: 4 });
 */
export interface EmulatorOptions {
    /** Accepted `x-api-key` values. @default ['sk-ant-emulator'] */
    apiKeys?: string[];
    /** Accepted `Authorization: Bearer <token>` values. @default ['emulator-token'] */
    authTokens?: string[];
    /** When false, requests without (or with wrong) credentials are served anyway. @default true */
    requireAuth?: boolean;
    /** Models served by `/v1/models` and accepted by `model` params. @default a list of Claude models */
    models?: ModelInfo[];
    /** Characters per `text_delta` / `thinking_delta` / `input_json_delta` in streams. @default 8 */
    chunkSize?: number;
}
/**
 * A request as the emulator received it, kept in {@link Emulator.requests}.
 *
 * @example
 * expect(emulator.requests[0]?.headers.get('anthropic-version')).toBe('2023-06-01');
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
 * The emulator: a fetch handler plus knobs for tests.
 *
 * @example
 * const emulator = createEmulator();
 * emulator.script({ content: [{ type: 'text', text: 'Hi there' }] });
 * const response = await emulator.fetch('http://emulator/v1/messages', { method: 'POST', headers, body });
 */
export interface Emulator {
    /**
     * Serves one request. Accepts the same arguments as the global `fetch`, so it can be passed as a
     * `fetch` replacement (it is bound: `{ fetch: emulator.fetch }` works).
     */
    readonly fetch: (input: string | URL | Request, init?: RequestInit) => Promise<Response>;
    /** Queues replies for the next `/v1/messages` and `/v1/complete` calls (FIFO). */
    script(...turns: ScriptedTurn[]): void;
    /** Queues faults for the next requests (FIFO, one per request, respecting `match`). */
    fault(...faults: Fault[]): void;
    /** Every request received, in order. */
    readonly requests: RecordedRequest[];
    /** Clears scripted turns, faults and recorded requests. */
    reset(): void;
}
/**
 * The emulator served over `node:http`.
 *
 * @example
 * const server = await startEmulatorServer();
 * const client = new Anthropic({ baseURL: server.url, apiKey: 'sk-ant-emulator' });
 * await server.close();
 */
export interface EmulatorServer {
    /** Base URL without a trailing slash, e.g. `http://127.0.0.1:43121`. */
    url: string;
    /** Stops listening and destroys open connections (stalled streams included). */
    close(): Promise<void>;
    emulator: Emulator;
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
    stop_reason?: 'end_turn' | 'max_tokens' | 'stop_sequence' | 'tool_use' | 'pause_turn' | 'refusal';
    stop_sequence?: string | null;
    usage?: Partial<{
        input_tokens: number;
        output_tokens: number;
        cache_creation_input_tokens: number;
        cache_read_input_tokens: number;
    }>;
    id?: string;
    model?: string;
};
/**
 * A content block of a scripted reply. Missing ids and signatures are generated.
 *
 * @example
 * const block: ScriptedBlock = { type: 'thinking', thinking: 'Let me see…' };
 */
export type ScriptedBlock = {
    type: 'text';
    text: string;
    citations?: Array<Record<string, unknown>>;
} | {
    type: 'tool_use';
    name: string;
    input: Record<string, unknown>;
    id?: string;
} | {
    type: 'thinking';
    thinking: string;
    signature?: string;
} | {
    type: 'redacted_thinking';
    data: string;
} | {
    type: 'server_tool_use';
    name: string;
    input: Record<string, unknown>;
    id?: string;
} | {
    type: 'web_search_tool_result';
    tool_use_id: string;
    content: unknown;
};
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
