import { AnthropicError, toFile } from '@anth/core';
import type { Uploadable } from '../types/uploadable.js';

/**
 * The `File` an upload sends: a `File` as is, anything else read into one (a stream could not be
 * sent again on retry). Refuses a string, which is more likely a path than content.
 *
 * @example
 * const file = await toUploadFile(new Uint8Array([1, 2, 3])); // File named "unknown_file"
 */
export async function toUploadFile(value: Uploadable, what = 'file'): Promise<File> {
  const resolved: unknown = await value;
  if (typeof resolved === 'string') {
    throw new AnthropicError(
      `${what} is a string; pass a File, Blob, bytes or a stream. For a file on disk use fileFromPath() from @anth/beta/node; for text, toFile(text, 'name.txt').`,
    );
  }
  if (resolved === null || typeof resolved !== 'object') {
    throw new AnthropicError(
      `${what} must be a File, Blob, bytes or a stream; got ${resolved === null ? 'null' : typeof resolved}.`,
    );
  }
  if (typeof File !== 'undefined' && resolved instanceof File) return resolved;
  return toFile(resolved as Parameters<typeof toFile>[0]);
}
