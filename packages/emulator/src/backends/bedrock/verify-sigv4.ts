import type { AwsTestCredentials } from './types.js';

/** What {@link verifySigV4} checks a request against. */
export interface SigV4Expectations {
  /** Known credentials; the `Credential=` key id picks one. */
  credentials: readonly AwsTestCredentials[];
  region: string;
  service: string;
  /** The server clock, in ms since the epoch. */
  now: number;
  /** True when these credentials were expired (`emulator.expireToken`). */
  isExpired(credentials: AwsTestCredentials): boolean;
}

/** Why a signed request was refused: an AWS exception name, its HTTP status and message. */
export interface SigV4Failure {
  status: number;
  exception: string;
  message: string;
}

const ALGORITHM = 'AWS4-HMAC-SHA256';
const MAX_CLOCK_SKEW_MS = 5 * 60_000;
const SIGNATURE_MISMATCH =
  'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';
const INVALID_TOKEN = 'The security token included in the request is invalid.';

/**
 * Verifies an AWS Signature Version 4 `Authorization` header for real: rebuilds the canonical request
 * (standard, non-S3 rules: the path is normalised and URI-encoded once more, the query sorted and
 * encoded, the signed headers trimmed), derives the signing key with HMAC-SHA256 from the known secret
 * and compares signatures. Also checks the credential scope (date, region, service), the clock skew
 * (±5 minutes), the session token and expired credentials. Resolves to `undefined` when the signature
 * is valid, else to the failure AWS would answer.
 *
 * Independent of any AWS library, on purpose: it checks the client's signer from the other side.
 *
 * @example
 * const failure = await verifySigV4({ method, url, headers, body }, { credentials, region: 'us-east-1', service: 'bedrock', now: Date.now() });
 */
export async function verifySigV4(
  request: { method: string; url: string; headers: Headers; body: Uint8Array },
  expected: SigV4Expectations,
): Promise<SigV4Failure | undefined> {
  const authorization = parseAuthorization(request.headers.get('authorization') ?? '');
  if (!authorization)
    return forbidden(
      'IncompleteSignatureException',
      `Authorization header requires 'Credential', 'Signature' and 'SignedHeaders' parameters for ${ALGORITHM}.`,
    );
  const { accessKeyId, scopeDate, region, service, signedHeaders, signature } = authorization;

  const amzDate = request.headers.get('x-amz-date') ?? '';
  const signedAt = parseAmzDate(amzDate);
  if (signedAt === undefined)
    return forbidden(
      'IncompleteSignatureException',
      "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.",
    );
  if (expected.now - signedAt > MAX_CLOCK_SKEW_MS) {
    return forbidden(
      'InvalidSignatureException',
      `Signature expired: ${amzDate} is now earlier than ${formatAmzDate(expected.now - MAX_CLOCK_SKEW_MS)} (${formatAmzDate(expected.now)} - 5 min.)`,
    );
  }
  if (signedAt - expected.now > MAX_CLOCK_SKEW_MS) {
    return forbidden(
      'InvalidSignatureException',
      `Signature not yet current: ${amzDate} is still later than ${formatAmzDate(expected.now + MAX_CLOCK_SKEW_MS)} (${formatAmzDate(expected.now)} + 5 min.)`,
    );
  }
  if (scopeDate !== amzDate.slice(0, 8)) {
    return forbidden(
      'InvalidSignatureException',
      `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${scopeDate}' != '${amzDate.slice(0, 8)}', from '${amzDate}'.`,
    );
  }
  if (region !== expected.region)
    return forbidden('InvalidSignatureException', `Credential should be scoped to a valid region, not '${region}'. `);
  if (service !== expected.service)
    return forbidden(
      'InvalidSignatureException',
      `Credential should be scoped to correct service: '${expected.service}'. `,
    );
  if (!signedHeaders.includes('host'))
    return forbidden(
      'InvalidSignatureException',
      "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.",
    );

  const credentials = expected.credentials.find((candidate) => candidate.accessKeyId === accessKeyId);
  if (!credentials) return forbidden('UnrecognizedClientException', INVALID_TOKEN);
  if ((request.headers.get('x-amz-security-token') ?? undefined) !== credentials.sessionToken)
    return forbidden('UnrecognizedClientException', INVALID_TOKEN);
  if (expected.isExpired(credentials))
    return forbidden('ExpiredTokenException', 'The security token included in the request is expired');

  const canonicalRequest = [
    request.method.toUpperCase(),
    canonicalPath(new URL(request.url).pathname),
    canonicalQuery(new URL(request.url).search),
    signedHeaders.map((name) => `${name}:${canonicalHeaderValue(request, name)}\n`).join(''),
    signedHeaders.join(';'),
    toHex(await sha256(request.body)),
  ].join('\n');
  const scope = `${scopeDate}/${region}/${service}/aws4_request`;
  const stringToSign = [
    ALGORITHM,
    amzDate,
    scope,
    toHex(await sha256(new TextEncoder().encode(canonicalRequest))),
  ].join('\n');
  let key = await hmac(new TextEncoder().encode(`AWS4${credentials.secretAccessKey}`), scopeDate);
  for (const part of [region, service, 'aws4_request']) key = await hmac(key, part);
  const computed = toHex(await hmac(key, stringToSign));
  return constantTimeEqual(computed, signature)
    ? undefined
    : forbidden('InvalidSignatureException', SIGNATURE_MISMATCH);
}

function forbidden(exception: string, message: string): SigV4Failure {
  return { status: 403, exception, message };
}

function parseAuthorization(header: string):
  | {
      accessKeyId: string;
      scopeDate: string;
      region: string;
      service: string;
      signedHeaders: string[];
      signature: string;
    }
  | undefined {
  if (!header.startsWith(`${ALGORITHM} `)) return undefined;
  const fields = new Map<string, string>();
  for (const part of header.slice(ALGORITHM.length + 1).split(',')) {
    const separator = part.indexOf('=');
    if (separator > 0) fields.set(part.slice(0, separator).trim(), part.slice(separator + 1).trim());
  }
  const [accessKeyId, scopeDate, region, service, terminator, ...extra] = (fields.get('Credential') ?? '').split('/');
  const signedHeaders = fields.get('SignedHeaders');
  const signature = fields.get('Signature');
  if (
    !accessKeyId ||
    !scopeDate ||
    !region ||
    !service ||
    terminator !== 'aws4_request' ||
    extra.length ||
    !signedHeaders ||
    !signature
  )
    return undefined;
  return { accessKeyId, scopeDate, region, service, signedHeaders: signedHeaders.split(';'), signature };
}

// `20150830T123600Z` → ms since the epoch.
function parseAmzDate(value: string): number | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!match) return undefined;
  const [, year, month, day, hours, minutes, seconds] = match.map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return Date.UTC(year, month - 1, day, hours, minutes, seconds);
}

function formatAmzDate(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

// RFC 3986 unreserved characters stay; everything else is %XX (upper case), as SigV4 requires.
function uriEncode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

// The path as received (already percent-encoded once), dot segments and empty segments removed, then
// encoded again: `%2F` in a model id becomes `%252F`.
function canonicalPath(path: string): string {
  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  const trailing = segments.length > 0 && path.endsWith('/') ? '/' : '';
  return `/${segments.map(uriEncode).join('/')}${trailing}`;
}

function canonicalQuery(search: string): string {
  const pairs: Array<[string, string]> = [];
  for (const [key, value] of new URLSearchParams(search)) {
    if (key !== 'X-Amz-Signature') pairs.push([uriEncode(key), uriEncode(value)]);
  }
  pairs.sort(([leftKey, leftValue], [rightKey, rightValue]) =>
    leftKey === rightKey ? compare(leftValue, rightValue) : compare(leftKey, rightKey),
  );
  return pairs.map(([key, value]) => `${key}=${value}`).join('&');
}

function compare(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

// Over HTTP the Host header is there; through an injected fetch it is implied by the URL.
function canonicalHeaderValue(request: { url: string; headers: Headers }, name: string): string {
  const value = request.headers.get(name) ?? (name === 'host' ? new URL(request.url).host : '');
  return value.trim().replace(/\s+/g, ' ');
}

async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
}

async function hmac(key: Uint8Array, data: string): Promise<Uint8Array> {
  const cryptoKey = await crypto.subtle.importKey(
    'raw',
    key as Uint8Array<ArrayBuffer>,
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, new TextEncoder().encode(data)));
}

function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

function constantTimeEqual(left: string, right: string): boolean {
  if (left.length !== right.length) return false;
  let difference = 0;
  for (let index = 0; index < left.length; index += 1) difference |= left.charCodeAt(index) ^ right.charCodeAt(index);
  return difference === 0;
}
