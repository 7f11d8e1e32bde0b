import { AnthropicError } from '@anth/core';

const TOOL_NAME_PATTERN = /^[a-zA-Z0-9_-]{1,128}$/;

/**
 * Refuses a tool name the API would reject, before anything is sent.
 *
 * @example
 * assertToolName('get weather'); // throws: … must match ^[a-zA-Z0-9_-]{1,128}$
 */
export function assertToolName(name: unknown): asserts name is string {
  if (typeof name !== 'string' || !TOOL_NAME_PATTERN.test(name)) {
    throw new AnthropicError(
      `Tool name ${JSON.stringify(name)} is invalid: it must match ${TOOL_NAME_PATTERN.source} (letters, digits, _ and -, at most 128).`,
    );
  }
}
