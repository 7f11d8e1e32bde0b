const DNS_ERROR_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_NODATA']);
// Runtimes without error codes describe the failure in words (Deno: "dns error: failed to lookup
// address information"; Bun and Node: "getaddrinfo ENOTFOUND <host>").
const DNS_ERROR_TEXT = /getaddrinfo|dns error|failed to lookup address|name or service not known|name resolution/i;

/**
 * True when `error` (or one of its causes, as fetch wraps them) is a failed DNS lookup: the host
 * name does not exist, or could not be resolved right now. Cloud clients use it to say which host,
 * and which region or resource made that host, instead of a bare "Connection error.".
 *
 * @example
 * catch (error) { if (isDNSFailure(error)) throw new APIConnectionError({ message: `Could not resolve ${host}`, cause: error }); }
 */
export function isDNSFailure(error: unknown): boolean {
  let current: unknown = error;
  // Bounded: cause chains can be cyclic.
  for (let depth = 0; depth < 8 && current != null; depth += 1) {
    if (typeof current === 'object') {
      const { code, message } = current as { code?: unknown; message?: unknown };
      if (typeof code === 'string' && DNS_ERROR_CODES.has(code)) return true;
      if (typeof message === 'string' && DNS_ERROR_TEXT.test(message)) return true;
    }
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
