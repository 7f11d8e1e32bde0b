import { spawn } from 'node:child_process';

export interface ChildRun {
  /** Wall time from just before spawning to the child's first line on stdout (its reply parsed). */
  firstLineMs: number;
  /** Wall time from just before spawning to the child's exit. */
  exitMs: number;
  /** The child's last stdout line, parsed. */
  report: Record<string, unknown>;
}

/**
 * Runs `node <script> ...args` in `cwd`, with no ANTHROPIC_*, AWS_* or NODE_OPTIONS from this
 * environment (so nothing ambient changes what the SDK does), and times it from this process.
 *
 * @example
 * const { firstLineMs, report } = await runChild('cold-start-anth.mjs', [server.url], project, 30_000);
 */
export function runChild(script: string, args: readonly string[], cwd: string, timeoutMs: number): Promise<ChildRun> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(ANTHROPIC_|AWS_|NODE_OPTIONS$)/.test(name)),
  );
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let firstLineMs: number | undefined;
    let stdout = '';
    let stderr = '';
    const child = spawn(process.execPath, [script, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const timer = setTimeout(() => child.kill(), timeoutMs);
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      if (firstLineMs === undefined && text.includes('\n')) firstLineMs = performance.now() - started;
      stdout += text;
    });
    child.stderr.setEncoding('utf8').on('data', (text: string) => {
      stderr += text;
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      const exitMs = performance.now() - started;
      const last = stdout.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || firstLineMs === undefined) {
        const why = signal
          ? `was killed (${signal}${signal === 'SIGTERM' ? `, over ${timeoutMs} ms` : ''})`
          : `exited ${code}`;
        reject(new Error(`${script} ${why}: ${stderr.trim().slice(-2_000) || last}`));
        return;
      }
      try {
        resolve({ firstLineMs, exitMs, report: JSON.parse(last) as Record<string, unknown> });
      } catch {
        reject(new Error(`${script} printed no JSON line: ${last.slice(0, 500)}`));
      }
    });
  });
}
