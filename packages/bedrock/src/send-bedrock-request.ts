import { nameUnresolvedHost, rebuildRequest } from '@anth/core/internal';
import type { AwsCredentialIdentity } from './bedrock-options.js';
import type { CredentialSource } from './create-credential-source.js';
import { signRequest } from './sign-request.js';
import { toBedrockRequest, type BedrockRequest } from './to-bedrock-request.js';
import { isEventStreamResponse, toSSEResponse } from './to-sse-response.js';

/** What {@link sendBedrockRequest} needs from the client, read per attempt. */
export interface BedrockTransport {
  region: string;
  baseURL: string;
  /** Bedrock API key: sent as `Authorization: Bearer`, no signing. */
  apiKey: string | null;
  skipAuth: boolean;
  /** SigV4 credentials, used when there is neither `skipAuth` nor an API key. */
  credentials: CredentialSource;
  /** Sends the final request (core's fetch step: custom fetch, fetch options). */
  fetch(request: Request): Promise<Response>;
}

/**
 * The innermost step of every Bedrock attempt, after middleware: rewrites the canonical first-party
 * request for Bedrock (or throws, before sending, for an endpoint Bedrock lacks), authenticates it
 * (nothing, bearer API key, or a fresh SigV4 signature) and sends it. When Bedrock answers that
 * provider credentials expired (401, or 403 `ExpiredTokenException`), it fetches new ones once, signs
 * again and resends. An event stream reply comes back as SSE; a host that does not resolve fails with
 * a message naming the host and the region.
 *
 * @example
 * const response = await sendBedrockRequest(request, {
 *   region: 'us-east-1', baseURL: 'https://bedrock-runtime.us-east-1.amazonaws.com', apiKey: null, skipAuth: false,
 *   credentials: createCredentialSource({ credentials }), fetch: (outgoing) => fetch(outgoing),
 * });
 */
export async function sendBedrockRequest(request: Request, transport: BedrockTransport): Promise<Response> {
  const bedrockRequest = await toBedrockRequest(request, transport.baseURL);
  const signs = !transport.skipAuth && !transport.apiKey;
  let response = await send(bedrockRequest, transport, signs ? await transport.credentials.get() : undefined);
  if (signs && transport.credentials.refreshable && reportsExpiredCredentials(response)) {
    await response.body?.cancel().catch(() => {});
    response = await send(bedrockRequest, transport, await transport.credentials.refresh());
  }
  return isEventStreamResponse(response) ? toSSEResponse(response) : response;
}

async function send(
  bedrockRequest: BedrockRequest,
  transport: BedrockTransport,
  credentials: AwsCredentialIdentity | undefined,
): Promise<Response> {
  const headers = new Headers(bedrockRequest.headers);
  // Auth is set last: no default or per-request header replaces the signature or the key.
  if (credentials) {
    for (const [name, value] of Object.entries(await signRequest(bedrockRequest, transport.region, credentials)))
      headers.set(name, value);
  } else if (!transport.skipAuth && transport.apiKey) {
    headers.set('authorization', `Bearer ${transport.apiKey}`);
  }
  const outgoing = rebuildRequest(bedrockRequest.source, {
    url: bedrockRequest.url,
    headers,
    body: bedrockRequest.body,
  });
  const origin = `AWS region ${JSON.stringify(transport.region)}: check \`awsRegion\` / AWS_REGION, or \`baseURL\` / ANTHROPIC_BEDROCK_BASE_URL`;
  return nameUnresolvedHost(transport.fetch, origin)(outgoing);
}

function reportsExpiredCredentials(response: Response): boolean {
  return (
    response.status === 401 ||
    (response.status === 403 && (response.headers.get('x-amzn-errortype') ?? '').startsWith('ExpiredToken'))
  );
}
