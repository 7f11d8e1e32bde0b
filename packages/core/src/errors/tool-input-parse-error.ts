import { AnthropicError, ERROR_KIND } from './anthropic-error.js';

/**
 * A streamed tool input (the `input_json_delta` fragments of a `tool_use`, `server_tool_use` or
 * other `*_tool_use` block) is not valid JSON once its block stops. The stream fails with it; the
 * block's `input` is left as `{}`. The message is the official SDK's, word for word (spec streaming
 * §4 step 5); `rawInput` holds the input exactly as the model produced it, and `cause` the parser's
 * `SyntaxError`.
 *
 * @example
 * stream.on('error', (error) => {
 *   if (error instanceof ToolInputParseError) console.error(error.toolName, error.toolUseId, error.rawInput);
 * });
 */
export class ToolInputParseError extends AnthropicError {
  override get [ERROR_KIND](): string {
    return 'ToolInputParseError';
  }

  /** The concatenated `partial_json` fragments of the block, unparsed. */
  readonly rawInput: string;
  /** The block's `name` (the tool the model called), when the block has one. */
  readonly toolName: string | undefined;
  /** The block's `id`, when the block has one. */
  readonly toolUseId: string | undefined;

  constructor(init: {
    rawInput: string;
    toolName?: string | undefined;
    toolUseId?: string | undefined;
    cause?: unknown;
  }) {
    super(
      `Unable to parse tool parameter JSON from model. Please retry your request or adjust your prompt. Error: ${String(init.cause)}. JSON: ${init.rawInput}`,
      { cause: init.cause },
    );
    this.rawInput = init.rawInput;
    this.toolName = init.toolName;
    this.toolUseId = init.toolUseId;
  }
}
