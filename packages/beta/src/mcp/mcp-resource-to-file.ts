import type { MCPReadResourceResultLike } from './mcp-types.js';
import { base64ToBytes } from './resource-contents-to-block.js';
import { UnsupportedMCPValueError } from './unsupported-mcp-value-error.js';

/**
 * Turns a resource read with `mcpClient.readResource()` into a `File` to upload with the Files API:
 * the first of its contents, its bytes (base64 decoded, or the text as UTF-8), its MIME type, and the
 * last segment of its URI's path as the name (the host of a `notes://release.md` URI; `file` when
 * there is none).
 *
 * @throws UnsupportedMCPValueError when the resource has no contents.
 * @example
 * const resource = await mcpClient.readResource({ uri: 'file:///reports/q3.pdf' });
 * const uploaded = await files.upload({ file: mcpResourceToFile(resource) }); // q3.pdf, application/pdf
 */
export function mcpResourceToFile(result: MCPReadResourceResultLike): File {
  const contents = result.contents[0];
  if (!contents) throw new UnsupportedMCPValueError('Resource contents array must contain at least one item');
  const bytes = 'blob' in contents ? base64ToBytes(contents.blob) : new TextEncoder().encode(contents.text);
  return new File([bytes], fileNameOf(contents.uri), contents.mimeType ? { type: contents.mimeType } : {});
}

/**
 * The last path segment of `uri`, decoded; for a custom-scheme URI whose only segment is its host
 * (`notes://release.md`), the host; `file` when there is neither (or the URI does not parse).
 */
function fileNameOf(uri: string): string {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return 'file';
  }
  const segment = url.pathname.split('/').at(-1) || (url.pathname.replace(/\/+$/, '') === '' ? url.hostname : '');
  try {
    return decodeURIComponent(segment) || 'file';
  } catch {
    return segment || 'file';
  }
}
