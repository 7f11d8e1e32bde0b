const BASE62_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * Random base62 string. Uses the web crypto global so the handler runs on any runtime.
 *
 * @example
 * createRandomBase62(24); // 'q3ZL0xk…'
 */
export function createRandomBase62(length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  let result = '';
  for (const byte of bytes) {
    // 248 = 62 * 4: modulo bias is irrelevant for ids that only have to look real and not collide.
    result += BASE62_ALPHABET[byte % 62];
  }
  return result;
}

/** `req_…` as sent in the `request-id` header and echoed in error bodies. */
export const createRequestId = (): string => `req_${createRandomBase62(24)}`;

/** `msg_…` for messages. */
export const createMessageId = (): string => `msg_${createRandomBase62(24)}`;

/** `toolu_…` for client tool_use blocks. */
export const createToolUseId = (): string => `toolu_${createRandomBase62(24)}`;

/** `srvtoolu_…` for server_tool_use blocks. */
export const createServerToolUseId = (): string => `srvtoolu_${createRandomBase62(24)}`;

/** `compl_…` for legacy completions. */
export const createCompletionId = (): string => `compl_${createRandomBase62(24)}`;

/** An opaque thinking signature; clients must send it back untouched, never interpret it. */
export const createThinkingSignature = (): string => `Eq${createRandomBase62(86)}==`;
