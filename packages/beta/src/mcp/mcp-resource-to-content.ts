import type { DocumentBlockParam, ImageBlockParam, TextBlockParam } from '@anth/core';
import type { MCPContentExtra } from './mcp-content-extra.js';
import type { MCPReadResourceResultLike } from './mcp-types.js';
import { isSupportedResourceType, resourceContentsToBlock } from './resource-contents-to-block.js';
import { UnsupportedMCPValueError } from './unsupported-mcp-value-error.js';

/**
 * Converts a resource read with `mcpClient.readResource()` to a Claude content block: the first of
 * its contents whose type Claude reads becomes an `image` (JPEG, PNG, GIF, WebP), a PDF `document`,
 * or a plain-text `document` (`text/*`, or no MIME type).
 *
 * @throws UnsupportedMCPValueError when the resource has no contents, or none of a supported type.
 * @example
 * const resource = await mcpClient.readResource({ uri: 'file:///notes/release.md' });
 * await betaMessages.create({ model, max_tokens: 1024, messages: [{ role: 'user', content: [
 *   mcpResourceToContent(resource, { title: 'Release notes' }),
 *   { type: 'text', text: 'What changed?' },
 * ] }] });
 */
export function mcpResourceToContent(
  result: MCPReadResourceResultLike,
  extra?: MCPContentExtra,
): TextBlockParam | ImageBlockParam | DocumentBlockParam {
  if (result.contents.length === 0) {
    throw new UnsupportedMCPValueError('Resource contents array must contain at least one item');
  }
  const supported = result.contents.find((contents) => isSupportedResourceType(contents.mimeType));
  if (!supported) {
    const available = result.contents.flatMap((contents) => (contents.mimeType ? [contents.mimeType] : []));
    throw new UnsupportedMCPValueError(
      `No supported MIME type found in resource contents. Available: ${available.join(', ')}`,
    );
  }
  return resourceContentsToBlock(supported, extra);
}
