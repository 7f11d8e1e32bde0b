import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, listExamples, runExample } from './run-demo.js';

const EXAMPLES_DIR = fileURLToPath(new URL('./examples/', import.meta.url));
const CLI = fileURLToPath(new URL('../dist/example.mjs', import.meta.url));

describe('pnpm example: one example at a time', () => {
  it('knows every file of src/examples by its name', () => {
    const files = readdirSync(EXAMPLES_DIR)
      .filter((file) => file.endsWith('.ts') && file !== 'context.ts')
      .map((file) => file.replace(/\.ts$/, ''));
    expect(EXAMPLES.map(({ name }) => name).sort()).toEqual(files.sort());
  });

  it('runs one example alone against a fresh emulator', async () => {
    let output = '';
    await runExample('stream-reply', { out: (text) => (output += text) });
    expect(output).toMatch(
      /^No ANTHROPIC_API_KEY: running against the local emulator at http:\/\/127\.0\.0\.1:\d+\.\n/,
    );
    expect(output).toContain('== A streamed reply');
    expect(output).toContain(
      'streamed: Streams arrive a few characters at a time, each delta printed the moment it lands.',
    );
    // Only this example ran.
    expect(output).not.toContain('== A message\n');
  });

  it('refuses an unknown name, listing the examples', async () => {
    await expect(runExample('no-such-example')).rejects.toThrow(
      /^No example named "no-such-example"\. The examples:\n {2}send-message +A message\n/,
    );
  });

  it('the built command lists the examples without a name, and fails on an unknown one', () => {
    const env = { ...process.env, ANTHROPIC_API_KEY: '' };
    const list = spawnSync(process.execPath, [CLI], { encoding: 'utf8', env, timeout: 30_000 });
    expect(list.status).toBe(0);
    expect(list.stdout).toBe(`Run one with \`pnpm example <name>\`:\n${listExamples()}`);
    expect(list.stdout).toContain('  batch-with-progress  A message batch, with progress\n');

    const unknown = spawnSync(process.execPath, [CLI, 'nope'], { encoding: 'utf8', env, timeout: 30_000 });
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('No example named "nope". The examples:');
  });

  it('the built command runs the example it is given', () => {
    const env = { ...process.env, ANTHROPIC_API_KEY: '' };
    const run = spawnSync(process.execPath, [CLI, 'send-message'], { encoding: 'utf8', env, timeout: 30_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /== A message\nreply: Hello! You said: "Hello, Claude! In one sentence, what are you\?"\n/,
    );
  });
});
