import type { AwsCredentialIdentity } from './bedrock-options.js';
import type { BedrockRequest } from './to-bedrock-request.js';
import { WebCryptoSha256 } from './web-crypto-sha256.js';

/**
 * Signs a Bedrock request with SigV4 (service `bedrock`) and returns the headers to set last:
 * `authorization`, `x-amz-date`, `x-amz-content-sha256` and, for temporary credentials,
 * `x-amz-security-token`. Signs method, path (encoded once more, as standard SigV4 requires), query,
 * every header but `connection` (which proxies may strip), `host` (with a non-default port, as sent)
 * and the body's SHA-256 (hashes on Web Crypto). The signer is imported on first use, so clients that
 * never sign never load it.
 *
 * @example
 * for (const [name, value] of Object.entries(await signRequest(bedrockRequest, 'us-east-1', credentials))) headers.set(name, value);
 */
export async function signRequest(
  request: BedrockRequest,
  region: string,
  credentials: AwsCredentialIdentity,
): Promise<Record<string, string>> {
  const { SignatureV4 } = await import('@smithy/signature-v4');
  const signer = new SignatureV4({ service: 'bedrock', region, credentials, sha256: WebCryptoSha256 });
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  delete headers['connection'];
  const { url } = request;
  headers['host'] = url.host;
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of url.searchParams) {
    const existing = query[key];
    query[key] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  const signed = await signer.sign({
    method: request.source.method,
    protocol: url.protocol,
    hostname: url.hostname,
    port: url.port ? Number(url.port) : undefined,
    path: url.pathname,
    query,
    headers,
    body: request.body,
  });
  // `host` is the runtime's to send (fetch refuses to set it); the value signed is the one it sends.
  const { host: _host, ...result } = signed.headers;
  return result;
}
