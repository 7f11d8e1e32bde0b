import { AnthropicError } from '@anth/core';

/**
 * An MCP value has no Claude equivalent: audio, a resource link (its content is not there), an image
 * or resource of a type Claude cannot read, or an empty resource.
 *
 * @example
 * try { blocks.push(mcpContent(item)) } catch (error) { if (error instanceof UnsupportedMCPValueError) skipped.push(item) }
 */
export class UnsupportedMCPValueError extends AnthropicError {
  /** The class name, as the error shows it. */
  override get name(): string {
    return 'UnsupportedMCPValueError';
  }
}
