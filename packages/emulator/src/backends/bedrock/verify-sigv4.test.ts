import { describe, expect, it } from 'vitest';
import { verifySigV4, type SigV4Expectations } from './verify-sigv4.js';

// Requests and signatures of the AWS SigV4 test suite (aws-sig-v4-test-suite: get-vanilla,
// get-vanilla-query-order-key-case, post-x-www-form-urlencoded), signed on 2015-08-30T12:36:00Z.
const SUITE: SigV4Expectations = {
  credentials: [{ accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' }],
  region: 'us-east-1',
  service: 'service',
  now: Date.UTC(2015, 7, 30, 12, 36, 0),
  isExpired: () => false,
};
const authorization = (signedHeaders: string, signature: string): string =>
  `AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=${signedHeaders}, Signature=${signature}`;

function vanilla(overrides: { url?: string; headers?: Record<string, string>; method?: string; body?: string } = {}) {
  return {
    method: overrides.method ?? 'GET',
    url: overrides.url ?? 'https://example.amazonaws.com/',
    headers: new Headers({
      host: 'example.amazonaws.com',
      'x-amz-date': '20150830T123600Z',
      authorization: authorization(
        'host;x-amz-date',
        '5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31',
      ),
      ...overrides.headers,
    }),
    body: new TextEncoder().encode(overrides.body ?? ''),
  };
}

describe('verifySigV4 against the AWS test suite', () => {
  it('accepts get-vanilla', async () => {
    expect(await verifySigV4(vanilla(), SUITE)).toBeUndefined();
  });

  it('accepts get-vanilla-query-order-key-case (query sorted before signing)', async () => {
    const request = vanilla({
      url: 'https://example.amazonaws.com/?Param2=value2&Param1=value1',
      headers: {
        authorization: authorization(
          'host;x-amz-date',
          'b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500',
        ),
      },
    });
    expect(await verifySigV4(request, SUITE)).toBeUndefined();
  });

  it('accepts post-x-www-form-urlencoded (the body hash is part of the signature)', async () => {
    const request = vanilla({
      method: 'POST',
      body: 'Param1=value1',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: authorization(
          'content-type;host;x-amz-date',
          'ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a',
        ),
      },
    });
    expect(await verifySigV4(request, SUITE)).toBeUndefined();
    expect(await verifySigV4({ ...request, body: new TextEncoder().encode('Param1=value2') }, SUITE)).toMatchObject({
      exception: 'InvalidSignatureException',
    });
  });

  it('takes the host from the URL when no Host header was sent (injected fetch)', async () => {
    const request = vanilla();
    request.headers.delete('host');
    expect(await verifySigV4(request, SUITE)).toBeUndefined();
  });
});

describe('verifySigV4 refusals, as AWS words them', () => {
  it('refuses a signature that does not match', async () => {
    const request = vanilla({ headers: { authorization: authorization('host;x-amz-date', '0'.repeat(64)) } });
    expect(await verifySigV4(request, SUITE)).toEqual({
      status: 403,
      exception: 'InvalidSignatureException',
      message: expect.stringMatching(/^The request signature we calculated does not match the signature you provided/),
    });
  });

  it('refuses a signed header changed in transit', async () => {
    expect(await verifySigV4(vanilla({ url: 'https://example.amazonaws.com/other' }), SUITE)).toMatchObject({
      exception: 'InvalidSignatureException',
    });
  });

  it('refuses a date more than 5 minutes old or ahead', async () => {
    expect(await verifySigV4(vanilla(), { ...SUITE, now: SUITE.now + 5 * 60_000 + 1000 })).toEqual({
      status: 403,
      exception: 'InvalidSignatureException',
      message: 'Signature expired: 20150830T123600Z is now earlier than 20150830T123601Z (20150830T124101Z - 5 min.)',
    });
    expect(await verifySigV4(vanilla(), { ...SUITE, now: SUITE.now - 6 * 60_000 })).toMatchObject({
      message: expect.stringMatching(/^Signature not yet current: 20150830T123600Z/),
    });
  });

  it('refuses a scope for another service or region', async () => {
    expect(await verifySigV4(vanilla(), { ...SUITE, service: 'bedrock' })).toMatchObject({
      exception: 'InvalidSignatureException',
      message: "Credential should be scoped to correct service: 'bedrock'. ",
    });
    expect(await verifySigV4(vanilla(), { ...SUITE, region: 'eu-west-1' })).toMatchObject({
      message: expect.stringMatching(/^Credential should be scoped to a valid region/),
    });
  });

  it('refuses an unknown access key, a missing or wrong session token, and expired credentials', async () => {
    expect(await verifySigV4(vanilla(), { ...SUITE, credentials: [] })).toMatchObject({
      exception: 'UnrecognizedClientException',
    });
    const withToken = { ...SUITE, credentials: [{ ...SUITE.credentials[0]!, sessionToken: 'token' }] };
    expect(await verifySigV4(vanilla(), withToken)).toMatchObject({
      exception: 'UnrecognizedClientException',
      message: 'The security token included in the request is invalid.',
    });
    expect(await verifySigV4(vanilla({ headers: { 'x-amz-security-token': 'other' } }), withToken)).toMatchObject({
      exception: 'UnrecognizedClientException',
    });
    expect(await verifySigV4(vanilla(), { ...SUITE, isExpired: () => true })).toMatchObject({
      exception: 'ExpiredTokenException',
    });
  });

  it('refuses a malformed Authorization header or a missing date', async () => {
    expect(
      await verifySigV4(vanilla({ headers: { authorization: 'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE' } }), SUITE),
    ).toMatchObject({ exception: 'IncompleteSignatureException' });
    const undated = vanilla();
    undated.headers.delete('x-amz-date');
    expect(await verifySigV4(undated, SUITE)).toMatchObject({ exception: 'IncompleteSignatureException' });
  });
});
