import { AnthropicError, type ToolResultBlockParam, type ToolUseBlock } from '@anth/core';
import type { BetaRunnableTool, BetaToolResult } from '../tools/runnable-tool.js';
import { ToolError } from '../tools/tool-error.js';
import { ToolInputError } from './tool-input-error.js';

/**
 * Answers one `tool_use`: parses the input, runs the tool, and wraps the outcome in a `tool_result`.
 * A tool that is missing, whose `parse` rejects the input, or whose `run` throws is reported to the
 * model with `is_error: true`. What the model cannot fix is thrown instead: input that is not JSON
 * (`ToolInputError`) and a `run` that returns neither a string nor an array (a bug in the tool).
 *
 * @example
 * const result = await runToolUse(tool, toolUse, signal);
 */
export async function runToolUse(
  tool: BetaRunnableTool | undefined,
  toolUse: ToolUseBlock,
  signal: AbortSignal,
): Promise<ToolResultBlockParam> {
  if (!tool)
    return {
      type: 'tool_result',
      tool_use_id: toolUse.id,
      content: `Error: Tool '${toolUse.name}' not found`,
      is_error: true,
    };
  const rawInput = inputOf(toolUse);
  let output: BetaToolResult;
  try {
    const input = typeof tool.parse === 'function' ? await tool.parse(rawInput) : rawInput;
    output = await tool.run(input, { toolUse, signal });
  } catch (error) {
    return {
      type: 'tool_result',
      tool_use_id: toolUse.id,
      content:
        error instanceof ToolError ? error.content : `Error: ${error instanceof Error ? error.message : String(error)}`,
      is_error: true,
    };
  }
  if (typeof output !== 'string' && !Array.isArray(output)) {
    throw new AnthropicError(
      `Tool "${toolUse.name}" returned ${output === null ? 'null' : typeof output}; run() must return a string or an array of content blocks.`,
    );
  }
  return { type: 'tool_result', tool_use_id: toolUse.id, content: output };
}

/** The model's input; a string input (JSON the API could not parse into an object) is parsed here. */
function inputOf(toolUse: ToolUseBlock): unknown {
  if (typeof toolUse.input !== 'string') return toolUse.input;
  try {
    return JSON.parse(toolUse.input);
  } catch (error) {
    throw new ToolInputError({ toolName: toolUse.name, toolUseId: toolUse.id, rawInput: toolUse.input, cause: error });
  }
}
