// A failed lookup, by Node's and Bun's error code, or in the words of runtimes without codes (Deno:
// "dns error: failed to lookup address information"; Bun and Node: "getaddrinfo ENOTFOUND <host>").
const DNS_FAILURE =
  /^E(NOTFOUND|AI_AGAIN|AI_NONAME|AI_NODATA)$|getaddrinfo|dns error|failed to lookup address|name or service not known|name resolution/i;

/**
 * True when `error` (or one of its causes, as fetch wraps them) is a failed DNS lookup: the host
 * name does not exist, or could not be resolved right now. Cloud clients use it to say which host,
 * and which region or resource made that host, instead of a bare "Connection error.".
 *
 * @example
 * catch (error) { if (isDNSFailure(error)) throw new APIConnectionError({ message: `Could not resolve ${host}`, cause: error }); }
 */
export function isDNSFailure(error: unknown): boolean {
  let current = error as { code?: unknown; message?: unknown; cause?: unknown } | null | undefined;
  // Bounded: cause chains can be cyclic.
  for (let depth = 0; depth < 8 && current != null; depth += 1, current = current.cause as typeof current) {
    if (
      typeof current === 'object' &&
      [current.code, current.message].some((text) => typeof text === 'string' && DNS_FAILURE.test(text))
    )
      return true;
  }
  return false;
}
