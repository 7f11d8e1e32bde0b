import { AnthropicError } from '@anth/core';
import { path } from '@anth/core/internal';

/** A request rewritten for Bedrock, not yet authenticated: it can be signed and sent more than once. */
export interface BedrockRequest {
  url: URL;
  headers: Headers;
  body: string;
  /** The canonical request (body already read): its method, signal and fetch options carry over. */
  source: Request;
}

/**
 * Rewrites a canonical first-party request for the Bedrock runtime, keyed on its path after the base
 * URL's own path (which is kept):
 * - `POST /v1/messages` and `POST /v1/complete` → `/model/{model}/invoke`, or
 *   `/model/{model}/invoke-with-response-stream` when the body asked to stream; `model` and `stream`
 *   leave the body, `model` is percent-encoded as one path segment (`/` → `%2F`, `:` kept);
 * - the body gains `"anthropic_version"`: the request's API version, its `anthropic-version` header
 *   (`2026-10-21`, or `2023-06-01` for legacy completions), as the official SDK 1.x sends it; the header
 *   itself is dropped. From the `anthropic-beta` header it gains `"anthropic_beta": [...]`; on messages,
 *   an `anthropic-user-profile-id` header becomes `"user_profile_id"` (and is dropped). A value the body
 *   already has wins. The `beta` query parameter (older callers) is dropped.
 *
 * @example
 * const bedrockRequest = await toBedrockRequest(request, 'https://bedrock-runtime.us-east-1.amazonaws.com');
 */
export async function toBedrockRequest(request: Request, baseURL: string): Promise<BedrockRequest> {
  const url = new URL(request.url);
  const basePath = new URL(baseURL).pathname.replace(/\/+$/, '');
  const canonicalPath =
    basePath && url.pathname.startsWith(`${basePath}/`) ? url.pathname.slice(basePath.length) : url.pathname;
  const text = await request.text();
  let params: unknown;
  try {
    params = JSON.parse(text);
  } catch {
    params = undefined;
  }
  if (typeof params !== 'object' || params === null || Array.isArray(params)) {
    throw new AnthropicError(`Expected a JSON object as the body of POST ${canonicalPath} for Bedrock.`);
  }
  const { model, stream, ...rest } = params as Record<string, unknown>;
  if (typeof model !== 'string' || model === '') {
    throw new AnthropicError(
      `Expected \`model\` (a Bedrock model id, inference profile or ARN) in the body of POST ${canonicalPath}: Bedrock takes it from the URL.`,
    );
  }
  const headers = new Headers(request.headers);
  // Header values the body takes instead; each is dropped from the headers, and the body's own value wins.
  const moved: Record<string, string | null> = {
    anthropic_version: takeHeader(headers, 'anthropic-version'),
    ...(canonicalPath === '/v1/messages' ? { user_profile_id: takeHeader(headers, 'anthropic-user-profile-id') } : {}),
  };
  const body: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(moved)) if (value !== null) body[field] = value;
  Object.assign(body, rest);
  const betas = headers.get('anthropic-beta');
  if (betas && body['anthropic_beta'] === undefined) {
    body['anthropic_beta'] = betas
      .split(',')
      .map((beta) => beta.trim())
      .filter(Boolean);
  }

  url.pathname = basePath + path`/model/${model}/${stream ? 'invoke-with-response-stream' : 'invoke'}`;
  url.searchParams.delete('beta');
  if (url.search === '?') url.search = '';
  return { url, headers, body: JSON.stringify(body), source: request };
}

function takeHeader(headers: Headers, name: string): string | null {
  const value = headers.get(name);
  headers.delete(name);
  return value;
}
