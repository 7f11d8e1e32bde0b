import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import { describe, expect, it } from 'vitest';
import { WebCryptoSha256 } from './web-crypto-sha256.js';

const hex = (bytes: Uint8Array): string => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');

async function digest(
  constructor: typeof WebCryptoSha256 | typeof Sha256,
  secret: string | Uint8Array | undefined,
  ...parts: Array<string | Uint8Array>
): Promise<string> {
  const hash = secret === undefined ? new constructor() : new constructor(secret);
  for (const part of parts) hash.update(part);
  return hex(await hash.digest());
}

describe('WebCryptoSha256', () => {
  it('hashes like the FIPS 180-2 test vectors', async () => {
    expect(await digest(WebCryptoSha256, undefined, '')).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(await digest(WebCryptoSha256, undefined, 'a', 'bc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('computes HMAC with a string or byte secret exactly like @aws-crypto/sha256-js', async () => {
    const secretBytes = new Uint8Array([1, 2, 3, 250]);
    for (const secret of ['AWS4wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', secretBytes]) {
      expect(await digest(WebCryptoSha256, secret, 'grüße', new Uint8Array([0, 255]))).toBe(
        await digest(Sha256, secret, 'grüße', new Uint8Array([0, 255])),
      );
    }
  });

  it('reset() forgets what was fed', async () => {
    const hash = new WebCryptoSha256();
    hash.update('noise');
    hash.reset();
    hash.update('abc');
    expect(hex(await hash.digest())).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('signs the AWS get-vanilla test request to the published signature', async () => {
    const signer = new SignatureV4({
      service: 'service',
      region: 'us-east-1',
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' },
      sha256: WebCryptoSha256,
      applyChecksum: false,
    });
    const signed = await signer.sign(
      {
        method: 'GET',
        protocol: 'https:',
        hostname: 'example.amazonaws.com',
        path: '/',
        query: {},
        headers: { host: 'example.amazonaws.com' },
      },
      { signingDate: new Date('2015-08-30T12:36:00Z') },
    );
    expect(signed.headers['authorization']).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31',
    );
  });
});
