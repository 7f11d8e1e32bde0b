/**
 * What {@link rebuildRequest} changes; anything left out is taken from the original request.
 *
 * @example
 * const changes: RequestChanges = { headers, body: JSON.stringify(rewritten) };
 */
export interface RequestChanges {
  /** The new URL. */
  url?: string | URL | undefined;
  /** The new headers (replace the original ones entirely). */
  headers?: Headers | undefined;
  /** The new body; `null` for none. Must be resendable (a string or bytes), not a stream. */
  body?: BodyInit | null | undefined;
}

// Fetch options a caller may have set, with their defaults: carried over only when they differ,
// since some runtimes (Cloudflare Workers) reject those fields outright.
const FETCH_OPTION_DEFAULTS = {
  redirect: 'follow',
  credentials: 'same-origin',
  keepalive: false,
  integrity: '',
  referrerPolicy: '',
} as const;

/**
 * A new `Request` from `request` with `changes` applied: same method and abort signal, and the fetch
 * options a caller may have set (`redirect`, `credentials`, `keepalive`, `integrity`,
 * `referrerPolicy`) carried over when they differ from the default. Cloud clients use it to send the
 * canonical request to their backend's URL, and to resend it with a fresh token; a request body can
 * be read once, so callers read it first and pass it as `body`.
 *
 * @example
 * const body = await request.text();
 * const rewritten = rebuildRequest(request, { url: vertexURL, body: JSON.stringify({ ...JSON.parse(body), anthropic_version }) });
 */
export function rebuildRequest(request: Request, changes: RequestChanges): Request {
  const init: Record<string, unknown> = {
    method: request.method,
    headers: changes.headers ?? request.headers,
    body: changes.body === undefined ? request.body : changes.body,
    signal: request.signal,
  };
  // Only a stream body needs `duplex`; Node's fetch requires it then.
  if (init['body'] instanceof ReadableStream) init['duplex'] = 'half';
  for (const [name, fallback] of Object.entries(FETCH_OPTION_DEFAULTS)) {
    const value = request[name as keyof typeof FETCH_OPTION_DEFAULTS];
    if (value && value !== fallback) init[name] = value;
  }
  return new Request(changes.url ?? request.url, init as RequestInit);
}
