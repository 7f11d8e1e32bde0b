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

const BEDROCK_VERSION = 'bedrock-2023-05-31';

/**
 * Rewrites a canonical first-party request for the Bedrock runtime, keyed on its path after the base
 * URL's own path (which is kept):
 * - `POST /v1/messages` (also `?beta=true`) and `POST /v1/complete` → `/model/{model}/invoke`, or
 *   `/model/{model}/invoke-with-response-stream` when the body asked to stream; `model` and `stream`
 *   leave the body, `model` is percent-encoded as one path segment (`/` → `%2F`, `:` kept);
 * - the body gains `"anthropic_version": "bedrock-2023-05-31"` and, from the `anthropic-beta` header,
 *   `"anthropic_beta": [...]` (unless it has them); the `beta` query parameter is dropped;
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
  const body: Record<string, unknown> = { anthropic_version: BEDROCK_VERSION, ...rest };
  const betas = request.headers.get('anthropic-beta');
  if (betas && body['anthropic_beta'] === undefined) {
    body['anthropic_beta'] = betas
      .split(',')
      .map((beta) => beta.trim())
      .filter(Boolean);
  }

  url.pathname = basePath + path`/model/${model}/${stream ? 'invoke-with-response-stream' : 'invoke'}`;
  url.searchParams.delete('beta');
  if (url.search === '?') url.search = '';
  return { url, headers: new Headers(request.headers), body: JSON.stringify(body), source: request };
}
