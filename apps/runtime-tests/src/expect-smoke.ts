import type { Fault } from '@anth/emulator';
import { startEmulator, type RunningEmulator } from '@anth/emulator/node';
import { expect } from 'vitest';
import { smokeFaults, smokeStepNames } from './smoke/run-smoke.js';

/**
 * The emulator's server on 127.0.0.1 (a free port) with the suite's faults queued.
 *
 * @example
 * const server = await startSmokeServer();
 */
export async function startSmokeServer(faults: Fault[] = smokeFaults): Promise<RunningEmulator> {
  const server = await startEmulator();
  server.fault(...faults);
  return server;
}

/**
 * Asserts a runner's smoke result: no failed check, the runtime it reports, and each step's key
 * observations (so a suite that silently checked nothing could not pass).
 *
 * @example
 * expectSmokePassed(run.result, { name: 'deno', version: '2.9.6' });
 */
export function expectSmokePassed(result: unknown, runtime: { name: string; version?: string | RegExp | null }): void {
  const { failures } = result as { failures?: unknown };
  expect(failures, `smoke failures on ${runtime.name}`).toEqual([]);
  const version = runtime.version instanceof RegExp ? expect.stringMatching(runtime.version) : runtime.version;
  expect(result).toMatchObject({
    ok: true,
    runtime: { name: runtime.name, ...(version === undefined ? {} : { version }) },
    steps: {
      create: {
        text: 'Hello! You said: "create smoke"',
        stopReason: 'end_turn',
        requestID: expect.stringMatching(/^req_/),
      },
      stream: {
        text: 'Hello! You said: "stream smoke, long enough to arrive in several chunks"',
        stopReason: 'end_turn',
        requestID: expect.stringMatching(/^req_/),
      },
      error: {
        className: 'NotFoundError',
        status: 404,
        type: 'not_found_error',
        requestID: expect.stringMatching(/^req_/),
        isNotFound: true,
        isAPIError: true,
        isAnthropicError: true,
      },
      abort: {
        finalError: 'APIUserAbortError',
        events: ['abort', 'end'],
        textBeforeAbort: expect.stringMatching(/^Hello! /),
      },
    },
  });
}

/**
 * Asserts what the emulator received: exactly the suite's requests (one `POST /v1/messages` per
 * step, streaming where the step streams), with the key, and with the browser-access header exactly
 * when the run was in a browser.
 *
 * @example
 * expectSmokeRequests(server, { browser: false });
 */
export function expectSmokeRequests(server: RunningEmulator, { browser }: { browser: boolean }): void {
  const calls = server.requests.filter((request) => request.method !== 'OPTIONS');
  expect(calls.map((request) => `${request.method} ${request.path}`)).toEqual(
    smokeStepNames.map(() => 'POST /v1/messages'),
  );
  expect(calls.map((request) => (request.body as { stream?: boolean }).stream === true)).toEqual([
    false,
    true,
    false,
    true,
  ]);
  for (const request of calls) {
    expect(request.headers.get('authorization')).toBe('Bearer sk-ant-emulator');
    expect(request.headers.get('anthropic-version')).toBe('2026-10-21');
    expect(request.headers.get('anthropic-dangerous-direct-browser-access')).toBe(browser ? 'true' : null);
  }
}
