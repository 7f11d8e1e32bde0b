import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ToolResultBlockParam } from '@anth/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { servedClient } from '../test-client.js';
import { betaToolRunner } from '../tool-runner/create-beta-tool-runner.js';
import type { BetaMessageParam } from '../types/index.js';
import { LocalFilesystemMemoryTool } from './local-filesystem-memory-tool.js';

let directory = '';
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'anth-memory-run-'));
});
afterEach(() => rm(directory, { recursive: true, force: true }));

const memoryCall = (id: string, input: Record<string, unknown>) => ({
  type: 'tool_use' as const,
  id,
  name: 'memory',
  input,
});

describe('the memory tool in a tool run, over real sockets', () => {
  it('runs the memory commands the model issues on the directory and sends their results back', async () => {
    const { client, emulator } = await servedClient();
    try {
      emulator.script(
        { content: [memoryCall('toolu_view', { command: 'view', path: '/memories' })] },
        {
          content: [
            memoryCall('toolu_create', {
              command: 'create',
              path: '/memories/user.md',
              file_text: 'Units: imperial\nCity: Oslo',
            }),
          ],
        },
        {
          content: [
            memoryCall('toolu_replace', {
              command: 'str_replace',
              path: '/memories/user.md',
              old_str: 'imperial',
              new_str: 'metric',
            }),
            memoryCall('toolu_escape', { command: 'view', path: '/memories/../../etc/passwd' }),
          ],
        },
        { content: [{ type: 'text', text: 'I will remember that you prefer metric units.' }] },
      );
      const memory = new LocalFilesystemMemoryTool(join(directory, 'memories'));
      const final = await betaToolRunner(client, {
        model: 'claude-sonnet-4-5',
        max_tokens: 256,
        stream: true,
        tools: [memory.tool()],
        messages: [{ role: 'user', content: 'I prefer metric units. Remember it.' }],
      });
      expect(final.content).toEqual([
        { type: 'text', text: 'I will remember that you prefer metric units.', citations: null },
      ]);
      expect(await readFile(join(directory, 'memories', 'user.md'), 'utf8')).toBe('Units: metric\nCity: Oslo');
      const results = emulator.requests
        .slice(1)
        .map(
          (request) =>
            (request.body as { messages: BetaMessageParam[] }).messages.at(-1)?.content as ToolResultBlockParam[],
        );
      expect((emulator.requests[0]?.body as { tools: unknown }).tools).toEqual([
        { type: 'memory_20250818', name: 'memory' },
      ]);
      expect(results[0]).toEqual([
        {
          type: 'tool_result',
          tool_use_id: 'toolu_view',
          content: expect.stringMatching(
            /^Here're the files and directories up to 2 levels deep in \/memories, excluding hidden items and node_modules:\n\d+(\.\d)?[BK]\t\/memories$/,
          ),
        },
      ]);
      expect(results[1]).toEqual([
        {
          type: 'tool_result',
          tool_use_id: 'toolu_create',
          content: 'File created successfully at: /memories/user.md',
        },
      ]);
      expect(results[2]).toEqual([
        {
          type: 'tool_result',
          tool_use_id: 'toolu_replace',
          content:
            'The memory file has been edited. Here is the snippet showing the change (with line numbers):\n     1\tUnits: metric\n     2\tCity: Oslo',
        },
        {
          type: 'tool_result',
          tool_use_id: 'toolu_escape',
          content: 'Error: Path /memories/../../etc/passwd would escape /memories directory',
          is_error: true,
        },
      ]);
    } finally {
      await emulator.close();
    }
  });
});
