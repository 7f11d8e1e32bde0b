import { afterEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '@anth/emulator/node';
import { expectSmokePassed, expectSmokeRequests, startSmokeServer } from './expect-smoke.js';
import { runRuntime } from './run-runtime.js';
import { RUNTIME_FILES, assertInstalled, isSkipped } from './runtimes.js';

// Deno resolves the built packages from node_modules itself (no bundle): `--node-modules-dir=manual`
// reads the existing pnpm node_modules and fetches nothing. Permissions are the least a user would
// grant: network to the emulator only, no env, no files, no prompts. `--no-lock` keeps Deno from
// writing a deno.lock into the repo.
const DENO_ARGS = ['run', '--no-prompt', '--no-lock', '--node-modules-dir=manual', '--allow-net=127.0.0.1'];

describe.skipIf(isSkipped('deno'))('smoke suite on Deno', () => {
  let server: RunningEmulator | undefined;
  afterEach(async () => {
    await server?.close();
  });

  it('passes with --allow-net only', async () => {
    assertInstalled('deno');
    server = await startSmokeServer();
    const run = await runRuntime(RUNTIME_FILES.deno, [...DENO_ARGS, 'src/runners/run-smoke-cli.js', server.url], {
      timeoutMs: 30_000,
    });
    expectSmokePassed(run.result, { name: 'deno', version: /^2\./ });
    expect(run.exitCode).toBe(0);
    expectSmokeRequests(server, { browser: false });
  });
});
