import type { ToolResultBlockParam } from '@anth/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { emulatedClient } from '../test-client.js';
import { betaToolRunner } from '../tool-runner/create-beta-tool-runner.js';
import { toToolDefinition } from '../tools/to-tool-definition.js';
import type { BetaMemoryTool20250818CreateCommand, BetaMessageParam } from '../types/index.js';
import { betaMemoryTool, type MemoryToolHandlers } from './beta-memory-tool.js';

/** Handlers over a Map that record what they were called with. */
function mapHandlers(calls: unknown[] = []): MemoryToolHandlers {
  const files = new Map<string, string>();
  return {
    view: (command) => {
      calls.push(command);
      return files.get(command.path) ?? `Directory ${command.path}: ${[...files.keys()].join(', ')}`;
    },
    create(command) {
      calls.push(command);
      files.set(command.path, command.file_text);
      return `File created successfully at: ${command.path}`;
    },
    str_replace: (command) => {
      calls.push(command);
      files.set(command.path, (files.get(command.path) ?? '').replace(command.old_str, command.new_str));
      return 'edited';
    },
    insert: (command) => {
      calls.push(command);
      return 'inserted';
    },
    delete: (command) => {
      calls.push(command);
      files.delete(command.path);
      return `Successfully deleted ${command.path}`;
    },
    rename: (command) => {
      calls.push(command);
      return [{ type: 'text', text: `renamed ${command.old_path}` }];
    },
  };
}

describe('betaMemoryTool', () => {
  it('sends exactly { type: memory_20250818, name: memory, ...extra } as the definition', async () => {
    const { client, emulator } = emulatedClient();
    const tool = betaMemoryTool(mapHandlers(), { cache_control: { type: 'ephemeral' }, defer_loading: false });
    expect(toToolDefinition(tool)).toEqual({
      type: 'memory_20250818',
      name: 'memory',
      cache_control: { type: 'ephemeral' },
      defer_loading: false,
    });
    emulator.script({ content: [{ type: 'text', text: 'Noted.' }] });
    await betaToolRunner(client, {
      model: 'claude-sonnet-4-5',
      max_tokens: 64,
      tools: [tool],
      messages: [{ role: 'user', content: 'Hi' }],
    });
    expect(emulator.requests[0]?.body).toEqual({
      model: 'claude-sonnet-4-5',
      max_tokens: 64,
      stream: false,
      messages: [{ role: 'user', content: 'Hi' }],
      tools: [{ type: 'memory_20250818', name: 'memory', cache_control: { type: 'ephemeral' }, defer_loading: false }],
    });
  });

  it('routes each command of the model to its handler (with the handlers as `this`) and sends the results back', async () => {
    const { client, emulator } = emulatedClient();
    const calls: unknown[] = [];
    const handlers = mapHandlers(calls);
    emulator.script(
      {
        content: [
          {
            type: 'tool_use',
            id: 'toolu_create',
            name: 'memory',
            input: { command: 'create', path: '/memories/a.md', file_text: 'cats' },
          },
        ],
      },
      {
        content: [
          { type: 'tool_use', id: 'toolu_view', name: 'memory', input: { command: 'view', path: '/memories/a.md' } },
          {
            type: 'tool_use',
            id: 'toolu_rename',
            name: 'memory',
            input: { command: 'rename', old_path: '/memories/a.md', new_path: '/memories/b.md' },
          },
          { type: 'tool_use', id: 'toolu_bad', name: 'memory', input: { command: 'format', path: '/memories' } },
          {
            type: 'tool_use',
            id: 'toolu_untyped',
            name: 'memory',
            input: { command: 'insert', path: '/memories/a.md', insert_line: '2', insert_text: 'x' },
          },
        ],
      },
      { content: [{ type: 'text', text: 'Done.' }] },
    );
    await betaToolRunner(client, {
      model: 'claude-sonnet-4-5',
      max_tokens: 64,
      tools: [betaMemoryTool(handlers)],
      messages: [{ role: 'user', content: 'Remember: cats' }],
    });
    expect(calls).toEqual([
      { command: 'create', path: '/memories/a.md', file_text: 'cats' },
      { command: 'view', path: '/memories/a.md' },
      { command: 'rename', old_path: '/memories/a.md', new_path: '/memories/b.md' },
    ]);
    const results = (emulator.requests[2]?.body as { messages: BetaMessageParam[] }).messages.at(-1)
      ?.content as ToolResultBlockParam[];
    expect(results).toEqual([
      { type: 'tool_result', tool_use_id: 'toolu_view', content: 'cats' },
      { type: 'tool_result', tool_use_id: 'toolu_rename', content: [{ type: 'text', text: 'renamed /memories/a.md' }] },
      {
        type: 'tool_result',
        tool_use_id: 'toolu_bad',
        content:
          'Error: Unknown memory command "format"; expected one of view, create, str_replace, insert, delete, rename',
        is_error: true,
      },
      {
        type: 'tool_result',
        tool_use_id: 'toolu_untyped',
        content: 'Error: The memory command "insert" needs `insert_line` (an integer); got "2"',
        is_error: true,
      },
    ]);
  });

  it('types each handler’s command by its name, and the tool’s input as the union of commands', () => {
    const tool = betaMemoryTool({
      ...mapHandlers(),
      create: (command) => {
        expectTypeOf(command).toEqualTypeOf<BetaMemoryTool20250818CreateCommand>();
        return command.file_text;
      },
    });
    expectTypeOf(tool.type).toEqualTypeOf<'memory_20250818'>();
    expectTypeOf(tool.name).toEqualTypeOf<'memory'>();
  });
});
