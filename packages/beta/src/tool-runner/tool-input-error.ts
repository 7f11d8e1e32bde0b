import { AnthropicError } from '@anth/core';

/**
 * The model's input for a tool call is not valid JSON (a streamed input that does not parse, or a
 * string input in a JSON response). Names the tool and shows the raw input, so the prompt or the
 * schema can be fixed; the tool runner stops with it rather than run a tool on a guess.
 *
 * @example
 * try { await runner } catch (error) { if (error instanceof ToolInputError) console.error(error.toolName, error.rawInput) }
 */
export class ToolInputError extends AnthropicError {
  /** Name of the tool the model called. */
  readonly toolName: string;
  /** Id of the `tool_use` block. */
  readonly toolUseId: string;
  /** The input exactly as the model produced it. */
  readonly rawInput: string;

  constructor(init: {
    toolName: string;
    toolUseId: string;
    rawInput: string;
    cause?: unknown;
    reason?: string | undefined;
  }) {
    const reason = init.reason ?? (init.cause instanceof Error ? init.cause.message : String(init.cause));
    super(
      `The input of tool "${init.toolName}" (${init.toolUseId}) is not valid JSON: ${reason}. Raw input: ${init.rawInput}`,
      { cause: init.cause },
    );
    this.toolName = init.toolName;
    this.toolUseId = init.toolUseId;
    this.rawInput = init.rawInput;
  }

  /** The class name, as the error shows it. */

  override get name(): string {
    return 'ToolInputError';
  }
}
