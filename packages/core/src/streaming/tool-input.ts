import { ToolInputParseError } from '../errors/tool-input-parse-error.js';
import { parsePartialJSON } from './partial-json.js';

/**
 * Per-block state of a streamed tool input. Kept under a symbol key that is not enumerable, so
 * `JSON.stringify`, spreads and `structuredClone` never see it: the block is sent back to the API
 * as an assistant turn, and the raw buffer must not go with it.
 */
interface ToolInputState {
  /** Every `partial_json` fragment received so far, concatenated. */
  buffer: string;
  /** The value `input` returns; valid while `parsedLength === buffer.length`. */
  parsed: unknown;
  parsedLength: number;
}

const TOOL_INPUT_STATE: unique symbol = /* @__PURE__ */ Symbol('@anth/core:tool-input-state') as never;

interface StreamingToolBlock {
  input?: unknown;
  name?: unknown;
  id?: unknown;
  [TOOL_INPUT_STATE]?: ToolInputState | undefined;
}

/** `tool_use`, `server_tool_use`, beta `mcp_tool_use`, and any later `*_tool_use` block: the blocks `input_json_delta` applies to. */
export function isToolInputBlock(block: { type?: unknown }): boolean {
  const { type } = block;
  return typeof type === 'string' && type.endsWith('tool_use');
}

/**
 * Appends an `input_json_delta` fragment to a tool-use block. `input` becomes a getter that parses
 * the buffer only when read and caches the result until the next fragment, so N fragments cost
 * O(total length) unless something reads `input` after each one.
 */
export function appendToolInputJSON(block: object, fragment: string): void {
  const target = block as StreamingToolBlock;
  const state = target[TOOL_INPUT_STATE];
  if (state) {
    state.buffer += fragment;
    return;
  }
  Object.defineProperty(target, TOOL_INPUT_STATE, {
    value: { buffer: fragment, parsed: target.input ?? {}, parsedLength: -1 } satisfies ToolInputState,
    writable: true,
    enumerable: false,
    configurable: true,
  });
  // Redefining the existing key keeps its position, so serialised blocks keep the API's key order.
  Object.defineProperty(target, 'input', { get: readToolInput, set: writeToolInput, enumerable: true, configurable: true });
}

function readToolInput(this: StreamingToolBlock): unknown {
  const state = this[TOOL_INPUT_STATE];
  if (!state) return undefined;
  if (state.parsedLength !== state.buffer.length) {
    state.parsedLength = state.buffer.length;
    if (state.buffer === '') state.parsed = {};
    else {
      try {
        const value = parsePartialJSON(state.buffer);
        if (value !== undefined) state.parsed = value;
      } catch {
        // Not JSON (yet?): keep the last good value; the block's stop reports the failure.
      }
    }
  }
  return state.parsed;
}

function writeToolInput(this: StreamingToolBlock, value: unknown): void {
  const state = this[TOOL_INPUT_STATE];
  if (!state) return;
  state.parsed = value;
  state.parsedLength = state.buffer.length;
}

/**
 * At `content_block_stop`: replaces the getter with a plain data property holding the parse of the
 * whole buffer (an empty buffer is `{}`), and drops the buffer. When the buffer is not valid JSON,
 * `input` is `{}` and this throws a {@link ToolInputParseError} (the official message, plus the raw
 * input and the block's `name` and `id`), failing the stream as the official beta stream does.
 */
export function finishToolInput(block: object): void {
  const target = block as StreamingToolBlock;
  const state = target[TOOL_INPUT_STATE];
  if (!state) return;
  target[TOOL_INPUT_STATE] = undefined;
  const { buffer } = state;
  let input: unknown = {};
  let failure: unknown;
  if (buffer !== '') {
    try {
      input = JSON.parse(buffer);
    } catch (error) {
      failure = error;
    }
  }
  Object.defineProperty(target, 'input', { value: input, writable: true, enumerable: true, configurable: true });
  if (failure !== undefined) {
    const { name, id } = target;
    throw new ToolInputParseError({
      rawInput: buffer,
      toolName: typeof name === 'string' ? name : undefined,
      toolUseId: typeof id === 'string' ? id : undefined,
      cause: failure,
    });
  }
}
