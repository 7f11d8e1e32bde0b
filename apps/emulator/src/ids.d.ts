/**
 * Random base62 string. Uses the web crypto global so the handler runs on any runtime.
 *
 * @example
 * createRandomBase62(24); // 'q3ZL0xk…'
 */
export declare function createRandomBase62(length: number): string;
/** `req_…` as sent in the `request-id` header and echoed in error bodies. */
export declare const createRequestId: () => string;
/** `msg_…` for messages. */
export declare const createMessageId: () => string;
/** `toolu_…` for client tool_use blocks. */
export declare const createToolUseId: () => string;
/** `srvtoolu_…` for server_tool_use blocks. */
export declare const createServerToolUseId: () => string;
/** `compl_…` for legacy completions. */
export declare const createCompletionId: () => string;
/** An opaque thinking signature; clients must send it back untouched, never interpret it. */
export declare const createThinkingSignature: () => string;
