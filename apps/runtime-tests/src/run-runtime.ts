import { spawn } from 'node:child_process';
import { APP_DIR } from './runtimes.js';

/** What a runner printed and how it ended. */
export interface RuntimeRun {
  /** The last stdout line, parsed as JSON. */
  result: unknown;
  exitCode: number | null;
  stderr: string;
  durationMs: number;
}

/**
 * Starts a runner as a child process in its own process group (cwd apps/runtime-tests), waits at
 * most `timeoutMs`, and parses the JSON line it prints last. On timeout the whole group is killed
 * (a runner's children too: workerd, Chromium) and the error quotes the runner's stderr. The group is
 * also killed after a normal exit, so nothing a runner left behind outlives the test.
 *
 * @example
 * const run = await runRuntime(process.execPath, ['src/runners/run-smoke-cli.js', server.url], { timeoutMs: 30_000 });
 */
export function runRuntime(
  command: string,
  args: string[],
  options: { timeoutMs: number; env?: Record<string, string> },
): Promise<RuntimeRun> {
  const startedAt = Date.now();
  const child = spawn(command, args, {
    cwd: APP_DIR,
    env: childEnv(options.env),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const describe = `${command} ${args.join(' ')}`;

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      killGroup(child.pid);
      reject(
        new Error(
          `timed out after ${options.timeoutMs} ms: ${describe}\nstderr:\n${tail(stderr)}\nstdout:\n${tail(stdout)}`,
        ),
      );
    }, options.timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`could not start ${describe}: ${error.message}`));
    });
    child.once('close', (exitCode) => {
      clearTimeout(timer);
      killGroup(child.pid);
      const lastLine = stdout.trim().split('\n').at(-1) ?? '';
      try {
        resolve({ result: JSON.parse(lastLine), exitCode, stderr, durationMs: Date.now() - startedAt });
      } catch {
        reject(
          new Error(
            `no JSON result (exit code ${exitCode}) from ${describe}\nstderr:\n${tail(stderr)}\nstdout:\n${tail(stdout)}`,
          ),
        );
      }
    });
  });
}

// The SDK reads ANTHROPIC_* variables; a developer's own must not change what the suite sees.
function childEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && !name.startsWith('ANTHROPIC_')) env[name] = value;
  }
  return { ...env, NO_COLOR: '1', ...extra };
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone: the usual case after a clean exit.
  }
}

function tail(text: string): string {
  return text.length > 4000 ? `…${text.slice(-4000)}` : text;
}
