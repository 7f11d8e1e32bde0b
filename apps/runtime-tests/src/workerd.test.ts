import { startEmulator, type RunningEmulator } from '@anth/emulator/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectSmokePassed, expectSmokeRequests } from './expect-smoke.js';
import { runRuntime } from './run-runtime.js';
import { RUNTIME_FILES, assertInstalled, isSkipped } from './runtimes.js';
import { workerdCases } from './runners/workerd-cases.js';

// Every case runs in one miniflare (workerd) process, each case in its own worker against its own
// emulator, so their faults and recorded requests stay apart.
describe.skipIf(isSkipped('workerd'))('workerd (miniflare)', () => {
  const emulators: RunningEmulator<'anthropic' | 'bedrock' | 'vertex' | 'foundry'>[] = [];
  const urls = new Map<string, string>();
  let smokeServer: RunningEmulator | undefined;
  let results: Record<string, unknown> = {};
  let setupError: unknown;

  beforeAll(async () => {
    try {
      assertInstalled('workerd');
      for (const workerdCase of workerdCases) {
        const emulator = await startEmulator({ backends: workerdCase.backends ?? ['anthropic'] });
        emulators.push(emulator);
        // Each case serves one backend: a cloud backend under its name, else the first-party API at the top.
        const served =
          (['bedrock', 'vertex', 'foundry'] as const).map((name) => emulator[name]).find(Boolean) ?? emulator;
        served.fault(...workerdCase.faults);
        urls.set(workerdCase.name, served.url);
        if (workerdCase.name === 'messages-smoke') smokeServer = emulator;
      }
      const args = workerdCases.map((workerdCase) => `${workerdCase.name}=${urls.get(workerdCase.name)}`);
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
    await Promise.all(emulators.map((emulator) => emulator.close()));
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
