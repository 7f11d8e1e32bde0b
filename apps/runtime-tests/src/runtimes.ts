import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A runtime the smoke suite runs on, besides the Node running the tests (always there). */
export type RuntimeName = 'node22' | 'node24' | 'bun' | 'deno' | 'workerd' | 'browser';

/** apps/runtime-tests, the working directory of every runner. */
export const APP_DIR = fileURLToPath(new URL('..', import.meta.url));

/** The command that installs every runtime (run from the repository root). */
export const INSTALL_COMMAND = 'sh apps/runtime-tests/install-runtimes.sh';

const RUNTIMES_MODULES = join(APP_DIR, 'runtimes', 'node_modules');

/** Executables and files of the runtimes project (apps/runtime-tests/runtimes). */
export const RUNTIME_FILES = {
  node22: join(RUNTIMES_MODULES, 'node22', 'bin', 'node'),
  node24: join(RUNTIMES_MODULES, 'node24', 'bin', 'node'),
  // The native binaries, not node_modules/.bin shims (the deno shim would start `node` first).
  bun: join(RUNTIMES_MODULES, 'bun', 'bin', 'bun.exe'),
  deno: join(RUNTIMES_MODULES, 'deno', 'deno'),
  miniflare: join(RUNTIMES_MODULES, 'miniflare', 'package.json'),
  playwrightCore: join(RUNTIMES_MODULES, 'playwright-core', 'package.json'),
  chromium: process.env['ANTH_CHROMIUM'] ?? '/usr/bin/chromium',
};

const NEEDED_FILES: Record<RuntimeName, string[]> = {
  node22: [RUNTIME_FILES.node22],
  node24: [RUNTIME_FILES.node24],
  bun: [RUNTIME_FILES.bun],
  deno: [RUNTIME_FILES.deno],
  // miniflare needs Node >= 22, so it runs on the Node 22 binary.
  workerd: [RUNTIME_FILES.node22, RUNTIME_FILES.miniflare],
  browser: [RUNTIME_FILES.chromium, RUNTIME_FILES.playwrightCore],
};

/**
 * The runtimes `ANTH_SKIP_RUNTIMES` (comma- or space-separated names, or `all`) asks to skip. On CI
 * (`CI` set) nothing is skipped: CI must run every runtime.
 *
 * @example
 * // ANTH_SKIP_RUNTIMES=browser,workerd
 * skippedRuntimes(process.env); // Set { 'browser', 'workerd' }
 */
export function skippedRuntimes(env: Record<string, string | undefined>): Set<string> {
  if (env['CI']) return new Set();
  const names = (env['ANTH_SKIP_RUNTIMES'] ?? '').split(/[\s,]+/).filter(Boolean);
  return names.includes('all') ? new Set<string>(Object.keys(NEEDED_FILES)) : new Set(names);
}

/** True when this run should skip `name` (see {@link skippedRuntimes}). */
export function isSkipped(name: RuntimeName): boolean {
  return skippedRuntimes(process.env).has(name);
}

/**
 * Throws, naming the install command, when a file the runtime needs is missing: a developer without
 * the runtimes gets a failing test that says what to run, not a silent pass. `fileExists` is for tests.
 *
 * @example
 * assertInstalled('deno');
 */
export function assertInstalled(name: RuntimeName, fileExists: (path: string) => boolean = existsSync): void {
  const missing = NEEDED_FILES[name].filter((file) => !fileExists(file));
  if (missing.length === 0) return;
  throw new Error(
    `${name} is not installed (missing ${missing.join(', ')}). Install every runtime with \`${INSTALL_COMMAND}\`, ` +
      `or skip this one with ANTH_SKIP_RUNTIMES=${name} (ignored on CI, which runs them all).`,
  );
}
