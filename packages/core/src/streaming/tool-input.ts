import { ToolInputParseError } from '../errors/tool-input-parse-error.js';
import { parsePartialJSON } from './partial-json.js';

/**
 * Where a streaming tool block keeps its `partial_json` fragments, concatenated. A symbol key that
 * is not enumerable, so `JSON.stringify`, spreads and `structuredClone` never see it: the block is
 * sent back to the API as an assistant turn, and the raw buffer must not go with it.
 */
const TOOL_INPUT_BUFFER: unique symbol = /* @__PURE__ */ Symbol('@anth/core:tool-input-buffer') as never;

interface StreamingToolBlock {
  input?: unknown;
  name?: string;
  id?: string;
  [TOOL_INPUT_BUFFER]?: string | undefined;
}

/** `tool_use`, `server_tool_use`, beta `mcp_tool_use`, and any later `*_tool_use` block: the blocks `input_json_delta` applies to. */
export function isToolInputBlock(block: { type?: unknown }): boolean {
  return /tool_use$/.test(block.type as string);
}

/**
 * Appends an `input_json_delta` fragment to a tool-use block. `input` becomes a getter that parses
 * the buffer only when read and caches the result until the next fragment, so N fragments cost
 * O(total length) unless something reads `input` after each one. While the buffer does not parse to
 * a value (or is not JSON), `input` is the last good value, at first `{}`.
 */
export function appendToolInputJSON(block: object, fragment: string): void {
  const target = block as StreamingToolBlock;
  if (target[TOOL_INPUT_BUFFER] !== undefined) {
    target[TOOL_INPUT_BUFFER] += fragment;
    return;
  }
  // Not enumerable (defineProperty's default): see TOOL_INPUT_BUFFER.
  Object.defineProperty(target, TOOL_INPUT_BUFFER, { value: fragment, writable: true });
  let parsed: unknown = {};
  let parsedLength = 0;
  // Redefining the existing key keeps its position, so serialised blocks keep the API's key order.
  Object.defineProperty(target, 'input', {
    get() {
      const buffer = target[TOOL_INPUT_BUFFER] as string;
      if (parsedLength !== buffer.length) {
        parsedLength = buffer.length;
        try {
          parsed = parsePartialJSON(buffer) ?? parsed;
        } catch {
          // Not JSON (yet?): keep the last good value; the block's stop reports the failure.
        }
      }
      return parsed;
    },
    set(value: unknown) {
      parsed = value;
      parsedLength = (target[TOOL_INPUT_BUFFER] as string).length;
    },
    enumerable: true,
    configurable: true,
  });
}

/**
 * At `content_block_stop`: replaces the getter with a plain data property holding the parse of the
 * whole buffer (an empty buffer is `{}`), and drops the buffer. When the buffer is not valid JSON,
 * `input` is `{}` and this throws a {@link ToolInputParseError} (the official message, plus the raw
 * input and the block's `name` and `id`), failing the stream as the official beta stream does.
 */
export function finishToolInput(block: object): void {
  const target = block as StreamingToolBlock;
  const rawInput = target[TOOL_INPUT_BUFFER];
  if (rawInput === undefined) return;
  target[TOOL_INPUT_BUFFER] = undefined;
  Object.defineProperty(target, 'input', { value: {}, writable: true, enumerable: true, configurable: true });
  try {
    if (rawInput) target.input = JSON.parse(rawInput);
  } catch (cause) {
    throw new ToolInputParseError({ rawInput, toolName: target.name, toolUseId: target.id, cause });
  }
}
