import { concatBytes } from './concat-bytes.js';

type SourceData = string | ArrayBuffer | ArrayBufferView;

/**
 * SHA-256 (or HMAC-SHA256 when built with a secret) on Web Crypto, in the shape `@smithy/signature-v4`
 * expects of its `sha256` option. Every runtime we support has `crypto.subtle`, so signing needs no
 * JavaScript hash implementation, and none that imports Node's `buffer` (as `@aws-crypto/sha256-js`
 * does through its UTF-8 helpers), which keeps edge bundles free of Node built-ins.
 *
 * @example
 * new SignatureV4({ service: 'bedrock', region, credentials, sha256: WebCryptoSha256 });
 */
export class WebCryptoSha256 {
  readonly #secret: Uint8Array<ArrayBuffer> | undefined;
  #chunks: Uint8Array[] = [];

  constructor(secret?: SourceData) {
    this.#secret = secret === undefined ? undefined : toBytes(secret);
  }

  update(data: SourceData): void {
    this.#chunks.push(toBytes(data));
  }

  async digest(): Promise<Uint8Array> {
    const data = concatBytes(this.#chunks);
    if (this.#secret === undefined) return new Uint8Array(await crypto.subtle.digest('SHA-256', data));
    const key = await crypto.subtle.importKey('raw', this.#secret, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    return new Uint8Array(await crypto.subtle.sign('HMAC', key, data));
  }

  reset(): void {
    this.#chunks = [];
  }
}

function toBytes(data: SourceData): Uint8Array<ArrayBuffer> {
  if (typeof data === 'string') return new TextEncoder().encode(data);
  const view = ArrayBuffer.isView(data)
    ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
    : new Uint8Array(data);
  // A copy: the caller may reuse its buffer before digest() runs, and Web Crypto wants an ArrayBuffer.
  return new Uint8Array(view);
}
