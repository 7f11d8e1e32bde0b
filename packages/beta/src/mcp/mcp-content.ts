import type { DocumentBlockParam, ImageBlockParam, TextBlockParam } from '@anth/core';
import { splitExtra, type MCPContentExtra } from './mcp-content-extra.js';
import type { MCPContentLike } from './mcp-types.js';
import { isSupportedImageType, resourceContentsToBlock } from './resource-contents-to-block.js';
import { UnsupportedMCPValueError } from './unsupported-mcp-value-error.js';

/**
 * Converts one MCP content item (of a prompt message or a tool result) to a Claude content block:
 * text → `text`; an image (JPEG, PNG, GIF, WebP) → `image`; an embedded resource → `image`, a PDF
 * `document` or a plain-text `document` (see {@link mcpResourceToContent}).
 *
 * @throws UnsupportedMCPValueError for audio, a resource link, or an image or resource type Claude
 *   cannot read.
 * @example
 * const { messages } = await mcpClient.getPrompt({ name: 'review' });
 * const content = [mcpContent(messages[0].content), { type: 'text', text: 'Be brief.' }];
 */
export function mcpContent(
  content: MCPContentLike,
  extra?: MCPContentExtra,
): TextBlockParam | ImageBlockParam | DocumentBlockParam {
  switch (content.type) {
    case 'text':
      return { type: 'text', text: content.text, ...splitExtra(extra).common };
    case 'image':
      if (!isSupportedImageType(content.mimeType)) {
        throw new UnsupportedMCPValueError(`Unsupported image MIME type: ${content.mimeType}`);
      }
      return {
        type: 'image',
        source: { type: 'base64', media_type: content.mimeType, data: content.data },
        ...splitExtra(extra).common,
      };
    case 'resource':
      return resourceContentsToBlock(content.resource, extra);
    default:
      // audio, resource_link, and any type a later MCP version adds.
      throw new UnsupportedMCPValueError(`Unsupported MCP content type: ${(content as { type: string }).type}`);
  }
}
