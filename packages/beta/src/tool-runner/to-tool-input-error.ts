import { ToolInputParseError } from '@anth/core';
import { ToolInputError } from './tool-input-error.js';

/**
 * Turns core's {@link ToolInputParseError} (a streamed tool input that does not parse; the
 * accumulator fails the stream with it at the block's `content_block_stop`) into the runner's
 * {@link ToolInputError}, which names the tool and shows the raw input. Every other error, and a
 * parse failure of a block without a name or id, is returned as it is.
 *
 * @example
 * const message = await stream.finalMessage().catch((error: unknown) => { throw toToolInputError(error) });
 */
export function toToolInputError(error: unknown): unknown {
  if (!(error instanceof ToolInputParseError) || error.toolName === undefined || error.toolUseId === undefined)
    return error;
  // Core's message repeats the raw input; the parser's own reason is enough next to ours.
  const reason = error.cause instanceof Error ? error.cause.message : undefined;
  return new ToolInputError({
    toolName: error.toolName,
    toolUseId: error.toolUseId,
    rawInput: error.rawInput,
    cause: error,
    reason,
  });
}
