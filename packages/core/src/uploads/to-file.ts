import { AnthropicError } from '../errors/anthropic-error.js';

/** Byte-ish parts `toFile` can concatenate. */
export type BlobLikePart = string | ArrayBuffer | ArrayBufferView | Blob;

/**
 * Anything `toFile` accepts: a `File`/`Blob`, a fetch `Response`, bytes, a string (its UTF-8 content),
 * a web `ReadableStream` or any async iterable of those (e.g. Node's `fs.createReadStream(path)`,
 * whose `path` names the file).
 */
export type ToFileInput = BlobLikePart | Response | ReadableStream<Uint8Array> | AsyncIterable<BlobLikePart>;

/** Options of {@link toFile}. */
export interface ToFileOptions {
  /** MIME type; default: the value's own type, if any. */
  type?: string | undefined;
  /** Modification time in ms since the epoch. */
  lastModified?: number | undefined;
}

/**
 * Turns bytes, a stream, a `Response` or a `Blob` into a `File` for an upload.
 *
 * @example
 * const file = await toFile(new TextEncoder().encode('hello'), 'hello.txt', { type: 'text/plain' });
 * const fromDisk = await toFile(fs.createReadStream('report.pdf')); // name: report.pdf
 */
export async function toFile(
  value: ToFileInput | PromiseLike<ToFileInput>,
  name?: string | null,
  options: ToFileOptions = {},
): Promise<File> {
  if (typeof File === 'undefined') {
    throw new AnthropicError(
      'toFile needs a global `File` class: use Node ≥ 20, or set `globalThis.File` (e.g. from `node:buffer`).',
    );
  }
  const input = await value;
  const fileName = name ?? nameOf(input) ?? 'unknown_file';

  if (input instanceof File && name == null && options.type === undefined && options.lastModified === undefined)
    return input;
  if (input instanceof Blob) {
    return new File([input], fileName, {
      type: options.type ?? input.type,
      lastModified: options.lastModified ?? lastModifiedOf(input),
    });
  }
  if (isResponse(input)) {
    const blob = await input.blob();
    return new File([blob], fileName, {
      type: options.type ?? blob.type,
      lastModified: options.lastModified ?? Date.now(),
    });
  }
  const parts = await collectParts(input);
  const type = options.type ?? parts.find((part): part is Blob => part instanceof Blob && part.type !== '')?.type ?? '';
  return new File(parts as BlobPart[], fileName, { type, lastModified: options.lastModified ?? Date.now() });
}

async function collectParts(input: Exclude<ToFileInput, Blob | Response>): Promise<BlobLikePart[]> {
  if (typeof input === 'string' || input instanceof ArrayBuffer || ArrayBuffer.isView(input)) return [input];
  if (isReadableStream(input)) {
    const parts: BlobLikePart[] = [];
    const reader = input.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return parts;
      parts.push(value);
    }
  }
  if (isAsyncIterable(input)) {
    const parts: BlobLikePart[] = [];
    for await (const chunk of input) parts.push(chunk);
    return parts;
  }
  throw new AnthropicError(
    `toFile: unexpected value of type ${describeType(input)}; expected a File, Blob, Response, ArrayBuffer, Uint8Array, string, ReadableStream or async iterable of bytes`,
  );
}

function nameOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  for (const key of ['name', 'url', 'filename', 'path'] as const) {
    const candidate = (value as Record<string, unknown>)[key];
    if (typeof candidate === 'string' && candidate !== '') {
      const withoutQuery = key === 'url' ? (candidate.split(/[?#]/, 1)[0] ?? candidate) : candidate;
      const base = withoutQuery.split(/[\\/]/).pop();
      if (base) return base;
    }
  }
  return undefined;
}

function lastModifiedOf(blob: Blob): number {
  const value = (blob as { lastModified?: unknown }).lastModified;
  return typeof value === 'number' ? value : Date.now();
}

function isResponse(value: unknown): value is Response {
  return typeof Response !== 'undefined' && value instanceof Response;
}

function isReadableStream(value: unknown): value is ReadableStream<Uint8Array> {
  return typeof value === 'object' && value !== null && typeof (value as ReadableStream).getReader === 'function';
}

function isAsyncIterable(value: unknown): value is AsyncIterable<BlobLikePart> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function'
  );
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'object') return (value as object).constructor?.name ?? 'object';
  return typeof value;
}
