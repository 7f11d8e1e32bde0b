import { afterEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '@anth/emulator/node';
import { expectSmokePassed, expectSmokeRequests, startSmokeServer } from './expect-smoke.js';
import { runRuntime } from './run-runtime.js';
import { RUNTIME_FILES, assertInstalled, isSkipped } from './runtimes.js';

// Bun runs the same command as Node: the suite's .js files, the built packages from node_modules.
describe.skipIf(isSkipped('bun'))('smoke suite on Bun', () => {
  let server: RunningEmulator | undefined;
  afterEach(async () => {
    await server?.close();
  });

  it('passes', async () => {
    assertInstalled('bun');
    server = await startSmokeServer();
    const run = await runRuntime(RUNTIME_FILES.bun, ['src/runners/run-smoke-cli.js', server.url], {
      timeoutMs: 30_000,
    });
    expectSmokePassed(run.result, { name: 'bun', version: /^1\./ });
    expect(run.exitCode).toBe(0);
    expectSmokeRequests(server, { browser: false });
  });
});
