import type { RunningEmulator } from '@anth/emulator/node';
import { afterEach, describe, expect, it } from 'vitest';
import { expectSmokePassed, expectSmokeRequests, startSmokeServer } from './expect-smoke.js';
import { runRuntime } from './run-runtime.js';
import { RUNTIME_FILES, assertInstalled, isSkipped, type RuntimeName } from './runtimes.js';

const CLI = 'src/runners/run-smoke-cli.js';

// The machine's Node (the one running vitest: 20 on CI) plus the runtimes project's 22 and 24, each
// importing the built packages through node_modules.
const nodes: Array<{ label: string; name?: RuntimeName; binary: string; version: string | RegExp }> = [
  { label: `Node ${process.versions.node} (the machine's)`, binary: process.execPath, version: process.versions.node },
  { label: 'Node 22', name: 'node22', binary: RUNTIME_FILES.node22, version: /^22\./ },
  { label: 'Node 24', name: 'node24', binary: RUNTIME_FILES.node24, version: /^24\./ },
];

describe('smoke suite on Node', () => {
  let server: RunningEmulator | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  for (const node of nodes) {
    it.skipIf(node.name !== undefined && isSkipped(node.name))(node.label, async () => {
      if (node.name) assertInstalled(node.name);
      server = await startSmokeServer();
      const run = await runRuntime(node.binary, [CLI, server.url], { timeoutMs: 30_000 });
      expectSmokePassed(run.result, { name: 'node', version: node.version });
      expect(run.exitCode).toBe(0);
      expectSmokeRequests(server, { browser: false });
    });
  }
});
