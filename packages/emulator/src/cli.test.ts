import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { API_HEADERS, createMessageBody } from './testing/request-helpers.js';

// The bin as users run it (`npx @anth/emulator`): the built dist/cli.mjs in a child process.
const CLI = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));

interface Run {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (or the signal's name) once the process ends. */
  exit: Promise<number | string>;
}

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

function run(args: string[]): Run {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exit = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  return { child, stdout: () => stdout, stderr: () => stderr, exit };
}

/** Waits (bounded) until the output holds `text`. */
async function waitForOutput(target: Run, text: string): Promise<string> {
  for (let waited = 0; waited < 10_000; waited += 20) {
    if (target.stdout().includes(text)) return target.stdout();
    if (target.child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no "${text}" in the output:\n${target.stdout()}\n${target.stderr()}`);
}

const exported = (output: string, name: string): string => {
  const value = new RegExp(`export ${name}=(\\S+)`).exec(output)?.[1];
  if (!value) throw new Error(`no ${name} in:\n${output}`);
  return value;
};

describe('the anth-emulator bin', () => {
  beforeAll(() => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`pnpm build\` first`);
  });

  it('--help prints the usage and exits 0', async () => {
    const help = run(['--help']);
    expect(await help.exit).toBe(0);
    expect(help.stdout()).toContain('Usage: anth-emulator [--port <n>]');
  });

  it('a bad flag exits 2 with the reason on stderr', async () => {
    const bad = run(['--backend', 'azure']);
    expect(await bad.exit).toBe(2);
    expect(bad.stderr()).toContain('--backend must be one of anthropic, bedrock, vertex, foundry; got "azure"');
  });

  it('serves every backend asked for, prints ready-to-paste exports, and stops cleanly on SIGTERM', async () => {
    const served = run(['--backend', 'anthropic,vertex']);
    const output = await waitForOutput(served, 'ANTHROPIC_VERTEX_BASE_URL');
    const baseURL = exported(output, 'ANTHROPIC_BASE_URL');
    expect(baseURL).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(exported(output, 'ANTHROPIC_VERTEX_BASE_URL')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    const response = await fetch(`${baseURL}/v1/messages`, {
      method: 'POST',
      headers: { ...API_HEADERS, 'x-api-key': exported(output, 'ANTHROPIC_API_KEY') },
      body: JSON.stringify(createMessageBody({ messages: [{ role: 'user', content: 'from the CLI test' }] })),
    });
    expect(await response.json()).toMatchObject({
      content: [{ type: 'text', text: 'Hello! You said: "from the CLI test"' }],
    });
    served.child.kill('SIGTERM');
    expect(await served.exit).toBe(0);
    expect(served.stdout()).toContain('SIGTERM: emulator stopped.');
    await expect(fetch(`${baseURL}/v1/models`, { headers: API_HEADERS })).rejects.toThrow(TypeError);
  });

  it('stops on SIGINT (Ctrl-C) even with a connection still open', async () => {
    const served = run([]);
    const baseURL = exported(await waitForOutput(served, 'ANTHROPIC_API_KEY'), 'ANTHROPIC_BASE_URL');
    // A streamed reply left unread keeps its connection open.
    const open = await fetch(`${baseURL}/v1/messages`, {
      method: 'POST',
      headers: API_HEADERS,
      body: JSON.stringify(createMessageBody({ stream: true, max_tokens: 4096 })),
    });
    expect(open.status).toBe(200);
    served.child.kill('SIGINT');
    expect(await served.exit).toBe(0);
    expect(served.stdout()).toContain('SIGINT: emulator stopped.');
    await open.body?.cancel().catch(() => undefined);
  });
});
