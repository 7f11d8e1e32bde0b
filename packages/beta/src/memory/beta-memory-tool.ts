import { AnthropicError, type MemoryTool20250818 } from '@anth/core';
import type { BetaRunnableTool, BetaToolResult } from '../tools/runnable-tool.js';
import type { BetaMemoryTool20250818Command } from '../types/beta-memory-tool.js';

/**
 * One handler per memory command: each gets the command (typed by its name) and returns what the
 * model reads (a string or content blocks). A handler that throws sends `Error: <message>` back with
 * `is_error: true` (a `ToolError` sends its own content).
 *
 * @example
 * const handlers: MemoryToolHandlers = { view: ({ path }) => store.list(path), create: ({ path, file_text }) => store.write(path, file_text), … };
 */
export type MemoryToolHandlers = {
  [Command in BetaMemoryTool20250818Command['command']]: (
    command: Extract<BetaMemoryTool20250818Command, { command: Command }>,
  ) => BetaToolResult | Promise<BetaToolResult>;
};

/** Fields to add to the memory tool's definition (caching, deferred loading, callers, …). */
export type BetaMemoryToolExtra = Omit<MemoryTool20250818, 'type' | 'name'>;

/**
 * The memory tool (`memory_20250818`), run by your handlers: the definition sent is
 * `{ type: 'memory_20250818', name: 'memory', ...extra }`, and each call is routed to the handler of
 * its `command` (called with `handlers` as `this`, so a class instance works). For a directory on
 * disk, use `LocalFilesystemMemoryTool` from `@anth/beta/node`.
 *
 * @example
 * const notes = new Map<string, string>();
 * const memory = betaMemoryTool({
 *   view: ({ path }) => notes.get(path) ?? [...notes.keys()].join('\n'),
 *   create: ({ path, file_text }) => (notes.set(path, file_text), `File created successfully at: ${path}`),
 *   str_replace: ({ path, old_str, new_str }) => (notes.set(path, (notes.get(path) ?? '').replace(old_str, new_str)), 'Edited'),
 *   insert: ({ path, insert_text }) => (notes.set(path, (notes.get(path) ?? '') + insert_text), 'Edited'),
 *   delete: ({ path }) => (notes.delete(path), `Successfully deleted ${path}`),
 *   rename: ({ old_path, new_path }) => (notes.set(new_path, notes.get(old_path) ?? ''), notes.delete(old_path), 'Renamed'),
 * });
 * const final = await betaToolRunner(client, { model, max_tokens: 1024, tools: [memory], messages });
 */
export function betaMemoryTool(
  handlers: MemoryToolHandlers,
  extra?: BetaMemoryToolExtra,
): BetaRunnableTool<BetaMemoryTool20250818Command, MemoryTool20250818> {
  return {
    ...extra,
    type: 'memory_20250818',
    name: 'memory',
    parse: parseMemoryCommand,
    run: (command) => {
      const handler = handlers[command.command] as
        | ((command: BetaMemoryTool20250818Command) => BetaToolResult | Promise<BetaToolResult>)
        | undefined;
      if (typeof handler !== 'function') throw new AnthropicError(`${command.command} not implemented`);
      return handler.call(handlers, command);
    },
  };
}

// The fields each command needs, with their type: the handlers may rely on them.
const REQUIRED_FIELDS: Readonly<Record<string, ReadonlyArray<readonly [field: string, type: 'string' | 'integer']>>> = {
  view: [['path', 'string']],
  create: [
    ['path', 'string'],
    ['file_text', 'string'],
  ],
  str_replace: [
    ['path', 'string'],
    ['old_str', 'string'],
    ['new_str', 'string'],
  ],
  insert: [
    ['path', 'string'],
    ['insert_line', 'integer'],
    ['insert_text', 'string'],
  ],
  delete: [['path', 'string']],
  rename: [
    ['old_path', 'string'],
    ['new_path', 'string'],
  ],
};

/**
 * The model's input as a command, checked: a known `command` with its fields of the right type.
 * Anything else is reported to the model as an error result, so it can correct the call.
 */
function parseMemoryCommand(input: unknown): BetaMemoryTool20250818Command {
  const fields = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const { command } = fields;
  const required = typeof command === 'string' ? REQUIRED_FIELDS[command] : undefined;
  if (!required) {
    throw new AnthropicError(
      `Unknown memory command ${JSON.stringify(command)}; expected one of ${Object.keys(REQUIRED_FIELDS).join(', ')}`,
    );
  }
  for (const [field, type] of required) {
    const value = fields[field];
    const fits = type === 'string' ? typeof value === 'string' : Number.isInteger(value);
    if (!fits) {
      throw new AnthropicError(
        `The memory command "${String(command)}" needs \`${field}\` (${type === 'string' ? 'a string' : 'an integer'}); got ${JSON.stringify(value) ?? 'nothing'}`,
      );
    }
  }
  return input as BetaMemoryTool20250818Command;
}
