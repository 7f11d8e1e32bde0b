import { API_VERSION, LEGACY_COMPLETIONS_VERSION } from '../client/api-version.js';
import { assertValidHeaders, mergeHeaders, unionBetas } from '../client/build-headers.js';
import { buildURL } from '../client/build-url.js';
import { encodeBody } from '../client/encode-body.js';
import type { FinalRequestOptions, HeadersInit } from '../client/options.js';
import { VERSION } from '../client/version.js';
import { AnthropicError } from '../errors/anthropic-error.js';
import type { TransportConfig } from './transport-config.js';

/** One attempt's request, ready for `fetch(url, init)`: no `Request` is built unless middleware needs one. */
export interface OutgoingRequest {
  url: string;
  init: RequestInit & { method: string; headers: Record<string, string> };
}

/** What differs between attempts of one request. */
export interface AttemptInfo {
  retryCount: number;
  /** The attempt's timeout in ms, announced in `x-stainless-timeout`. */
  timeout: number;
  signal: AbortSignal;
  /** The first-party `Authorization` value of this attempt, when the client has a credential. */
  authorization: string | undefined;
}

/**
 * Builds one attempt's request: URL and query, body, and headers merged in the documented order
 * (SDK defaults < credentials < `defaultHeaders` < body headers < per-request headers; `null`
 * removes), `anthropic-beta` as a union, then checked. Throws an `AnthropicError`, before anything is
 * sent, for a header fetch would refuse, a body JSON cannot encode, or (first party) no credential.
 *
 * @example
 * const { url, init } = buildRequest(config, { method: 'post', path: '/v1/messages', body }, attempt);
 * const response = await fetch(url, init);
 */
export function buildRequest(
  config: TransportConfig,
  options: FinalRequestOptions,
  attempt: AttemptInfo,
): OutgoingRequest {
  const url = buildURL(config.baseURL, options.path, config.defaultQuery, options.query);
  const { body, contentType } = encodeBody(options.body);
  const { headers, removed } = mergeHeaders([
    {
      accept: 'application/json',
      'user-agent': config.userAgent,
      'x-stainless-retry-count': String(attempt.retryCount),
      'x-stainless-timeout': String(Math.trunc(attempt.timeout / 1000)),
      // Of the official SDK's platform telemetry we keep only these constants: the server ignores
      // them, and detecting OS/arch/runtime would cost every bundle ~1 KB.
      'x-stainless-lang': 'js',
      'x-stainless-package-version': VERSION,
      'anthropic-dangerous-direct-browser-access': config.browser ? 'true' : undefined,
      'anthropic-version': API_VERSION,
    },
    attempt.authorization ? { authorization: attempt.authorization } : undefined,
    config.defaultHeaders,
    contentType ? { 'content-type': contentType } : undefined,
    options.headers,
  ]);
  // A method's betas join the client default and a per-request header rather than replacing them;
  // a per-request `null` removes the header whatever the betas.
  const requestBeta = findHeader(options.headers, 'anthropic-beta');
  if (requestBeta !== null && (options.betas?.length || config.auth?.beta)) {
    const layered = options.betas?.length
      ? [findHeader(config.defaultHeaders, 'anthropic-beta'), requestBeta, options.betas]
      : [headers['anthropic-beta']];
    const betas = unionBetas([...layered, config.auth?.beta]);
    if (betas) headers['anthropic-beta'] = betas;
  }
  if (!config.backend && !headers['authorization'] && !headers['x-api-key'] && !removed.has('authorization')) {
    throw new AnthropicError(
      'Could not resolve authentication method: pass `apiKey`, `authToken` or `credentials` (or set ANTHROPIC_API_KEY / ANTHROPIC_AUTH_TOKEN), or omit the "Authorization" header on purpose with null.',
    );
  }
  assertValidHeaders(headers);
  const version = headers['anthropic-version'];
  // Legacy completions send their own 2023-06-01; any other hand-set version gets one warning.
  const legacy = version === LEGACY_COMPLETIONS_VERSION && options.path.startsWith('/v1/complete');
  if (version !== undefined && version !== API_VERSION && !legacy) {
    // Rare (a proxy that needs the old version): the warning is a chunk of its own.
    void import('./warn-unexpected-version.js').then((module) =>
      module.warnUnexpectedVersion(config.logger, version, API_VERSION),
    );
  }
  const init = {
    ...config.fetchOptions,
    ...options.fetchOptions,
    method: options.method.toUpperCase(),
    headers,
    signal: attempt.signal,
    ...(body === undefined ? undefined : { body }),
  };
  return { url, init };
}

/** A layer's value for `name`, case-insensitively (the last spelling wins). */
function findHeader(layer: HeadersInit | undefined, name: string): string | null | undefined {
  if (!layer) return undefined;
  let found: string | null | undefined;
  for (const key in layer) if (key.toLowerCase() === name) found = layer[key];
  return found;
}
