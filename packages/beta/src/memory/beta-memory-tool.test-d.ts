// Type-level checks (run by `tsc -p tsconfig.json`): each memory handler gets its own command type,
// inferred from its name with no annotation; the tool's input is the union of the six commands.
import { expectTypeOf } from 'vitest';
import type { BetaRunnableTool } from '../tools/runnable-tool.js';
import type {
  BetaMemoryTool20250818Command,
  BetaMemoryTool20250818DeleteCommand,
  BetaMemoryTool20250818InsertCommand,
  BetaMemoryTool20250818RenameCommand,
  BetaMemoryTool20250818StrReplaceCommand,
  BetaMemoryTool20250818ViewCommand,
} from '../types/index.js';
import { LocalFilesystemMemoryTool } from '../node/local-filesystem-memory-tool.js';
import { betaMemoryTool } from './beta-memory-tool.js';

const memory = betaMemoryTool({
  view: (command) => {
    expectTypeOf(command).toEqualTypeOf<BetaMemoryTool20250818ViewCommand>();
    expectTypeOf(command.view_range).toEqualTypeOf<number[] | undefined>();
    return command.path;
  },
  create: ({ path, file_text }) => {
    expectTypeOf(file_text).toEqualTypeOf<string>();
    return path;
  },
  str_replace: (command) => {
    expectTypeOf(command).toEqualTypeOf<BetaMemoryTool20250818StrReplaceCommand>();
    return command.old_str;
  },
  insert: async (command) => {
    expectTypeOf(command).toEqualTypeOf<BetaMemoryTool20250818InsertCommand>();
    expectTypeOf(command.insert_line).toEqualTypeOf<number>();
    return [{ type: 'text', text: command.insert_text }];
  },
  delete: (command) => {
    expectTypeOf(command).toEqualTypeOf<BetaMemoryTool20250818DeleteCommand>();
    return 'deleted';
  },
  rename: (command) => {
    expectTypeOf(command).toEqualTypeOf<BetaMemoryTool20250818RenameCommand>();
    return `${command.old_path} → ${command.new_path}`;
  },
});
expectTypeOf(memory.run).parameter(0).toEqualTypeOf<BetaMemoryTool20250818Command>();
expectTypeOf(memory).toExtend<BetaRunnableTool>();
expectTypeOf(new LocalFilesystemMemoryTool('/tmp/memory').tool().run)
  .parameter(0)
  .toEqualTypeOf<BetaMemoryTool20250818Command>();

// A handler returning the wrong type, or a missing handler, is a type error.
betaMemoryTool({
  view: () => 'x',
  create: () => 'x',
  str_replace: () => 'x',
  insert: () => 'x',
  delete: () => 'x',
  // @ts-expect-error rename must return a string or content blocks
  rename: () => 42,
});
// @ts-expect-error every command needs a handler
betaMemoryTool({ view: () => 'x' });
