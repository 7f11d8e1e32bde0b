import type { EmulatorServer } from '@anth-apps/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBedrockEmulator, createEmulator, startEmulatorServer } from '@anth-apps/emulator';
import { expectSmokePassed, expectSmokeRequests } from './expect-smoke.js';
import { runRuntime } from './run-runtime.js';
import { RUNTIME_FILES, assertInstalled, isSkipped } from './runtimes.js';
import { workerdCases } from './runners/workerd-cases.js';

// Every case runs in one miniflare (workerd) process, each case in its own worker against its own
// emulator server, so their faults and recorded requests stay apart.
describe.skipIf(isSkipped('workerd'))('workerd (miniflare)', () => {
  const servers = new Map<string, { url: string; close(): Promise<void> }>();
  let smokeServer: EmulatorServer | undefined;
  let results: Record<string, unknown> = {};
  let setupError: unknown;

  beforeAll(async () => {
    try {
      assertInstalled('workerd');
      for (const workerdCase of workerdCases) {
        if (workerdCase.emulatorKind === 'bedrock') {
          servers.set(workerdCase.name, await startEmulatorServer(createBedrockEmulator(workerdCase.bedrockOptions)));
          continue;
        }
        const server = await startEmulatorServer(createEmulator(workerdCase.emulatorOptions));
        server.emulator.fault(...workerdCase.faults);
        servers.set(workerdCase.name, server);
        if (workerdCase.name === 'messages-smoke') smokeServer = server;
      }
      const args = workerdCases.map((workerdCase) => `${workerdCase.name}=${servers.get(workerdCase.name)?.url}`);
      const run = await runRuntime(RUNTIME_FILES.node22, ['src/runners/run-workerd.js', ...args], {
        timeoutMs: 60_000,
      });
      results = run.result as Record<string, unknown>;
    } catch (error) {
      // Reported by every case below instead of as a hook failure, so the message names the case.
      setupError = error;
    }
  }, 75_000);
  afterAll(async () => {
    await Promise.all([...servers.values()].map((server) => server.close()));
  });

  it.each(workerdCases.map((workerdCase) => [workerdCase.name, workerdCase] as const))('%s', (_name, workerdCase) => {
    if (setupError) throw setupError;
    const result = results[workerdCase.name] as { failures?: unknown };
    expect(result?.failures, `${workerdCase.name} failures`).toEqual([]);
    expect(result).toMatchObject(workerdCase.expected);
  });

  it('messages-smoke: the smoke suite, with the expected requests', () => {
    if (setupError) throw setupError;
    expectSmokePassed(results['messages-smoke'], { name: 'workerd', version: null });
    if (!smokeServer) throw new Error('no emulator for messages-smoke');
    expectSmokeRequests(smokeServer, { browser: false });
  });
});
