import type { DocumentBlockParam, ImageBlockParam, TextBlockParam } from '@anth/core';
import { splitExtra, type MCPContentExtra } from './mcp-content-extra.js';
import type { MCPResourceContentsLike } from './mcp-types.js';
import { UnsupportedMCPValueError } from './unsupported-mcp-value-error.js';

const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp'] as const;

/** An image MIME type Claude reads. */
export type SupportedImageType = (typeof IMAGE_TYPES)[number];

/** Whether Claude reads images of this MIME type (JPEG, PNG, GIF, WebP). */
export function isSupportedImageType(mimeType: string | undefined): mimeType is SupportedImageType {
  return IMAGE_TYPES.includes(mimeType as SupportedImageType);
}

/** Whether a resource of this MIME type converts: none (text assumed), `text/*`, PDF, or a supported image. */
export function isSupportedResourceType(mimeType: string | undefined): boolean {
  return !mimeType || mimeType.startsWith('text/') || mimeType === 'application/pdf' || isSupportedImageType(mimeType);
}

/**
 * The Claude block for one resource's contents: a supported image → `image`; a PDF → a base64
 * `document`; text (`text/*`, or no MIME type) → a plain-text `document` (bytes decoded as UTF-8).
 *
 * @throws UnsupportedMCPValueError for another MIME type, or an image or PDF given as text.
 * @example
 * resourceContentsToBlock({ uri: 'file:///notes.md', mimeType: 'text/markdown', text: '# Notes' });
 * // { type: 'document', source: { type: 'text', media_type: 'text/plain', data: '# Notes' } }
 */
export function resourceContentsToBlock(
  contents: MCPResourceContentsLike,
  extra?: MCPContentExtra,
): TextBlockParam | ImageBlockParam | DocumentBlockParam {
  const { mimeType } = contents;
  const { common, document } = splitExtra(extra);
  if (isSupportedImageType(mimeType)) {
    return {
      type: 'image',
      source: { type: 'base64', media_type: mimeType, data: blobOf(contents, 'Image') },
      ...common,
    };
  }
  if (mimeType === 'application/pdf') {
    return {
      type: 'document',
      source: { type: 'base64', media_type: 'application/pdf', data: blobOf(contents, 'PDF') },
      ...document,
    };
  }
  if (!mimeType || mimeType.startsWith('text/')) {
    const data = 'text' in contents ? contents.text : new TextDecoder().decode(base64ToBytes(contents.blob));
    return { type: 'document', source: { type: 'text', media_type: 'text/plain', data }, ...document };
  }
  throw new UnsupportedMCPValueError(`Unsupported MIME type "${mimeType}" for resource: ${contents.uri}`);
}

/** The base64 bytes of a binary resource; a binary type given as text cannot be sent. */
function blobOf(contents: MCPResourceContentsLike, kind: 'Image' | 'PDF'): string {
  if ('blob' in contents) return contents.blob;
  throw new UnsupportedMCPValueError(`${kind} resource must have blob data, not text. URI: ${contents.uri}`);
}

/**
 * Decodes base64 (standard alphabet, padding optional) with `atob`, which every runtime has.
 *
 * @throws UnsupportedMCPValueError when the text is not base64.
 */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  let binary: string;
  try {
    binary = atob(base64);
  } catch (cause) {
    throw new UnsupportedMCPValueError('Resource blob is not valid base64', { cause });
  }
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
