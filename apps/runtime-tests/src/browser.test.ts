import type { RunningEmulator } from '@anth/emulator/node';
import { afterEach, describe, expect, it } from 'vitest';
import { expectSmokePassed, expectSmokeRequests, startSmokeServer } from './expect-smoke.js';
import { runRuntime } from './run-runtime.js';
import { assertInstalled, isSkipped } from './runtimes.js';

// Headless Chromium loads a page from one local port and calls the emulator on another: every API
// call is cross-origin, so the SDK's headers must pass a real CORS preflight.
describe.skipIf(isSkipped('browser'))('smoke suite in a browser (Chromium)', () => {
  let server: RunningEmulator | undefined;
  afterEach(async () => {
    await server?.close();
  });

  it('passes, cross-origin, with dangerouslyAllowBrowser', async () => {
    assertInstalled('browser');
    server = await startSmokeServer();
    const run = await runRuntime(process.execPath, ['src/runners/run-browser.js', server.url], { timeoutMs: 60_000 });
    const result = run.result as { pageLog?: string[] };
    expectSmokePassed(run.result, { name: 'browser', version: /HeadlessChrome\// });
    expect(run.result).toMatchObject({ steps: { browserGuard: { threw: true, className: 'AnthropicError' } } });
    // The only console noise allowed is the browser logging the deliberate 404 of the error step.
    expect(result.pageLog?.filter((line) => !line.includes('status of 404'))).toEqual([]);
    expectSmokeRequests(server, { browser: true });

    const calls = server.requests.filter((request) => request.method === 'POST');
    const pageOrigin = calls[0]?.headers.get('origin');
    expect(pageOrigin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(pageOrigin).not.toBe(server.url);
    const preflights = server.requests.filter((request) => request.method === 'OPTIONS');
    expect(preflights.length).toBeGreaterThan(0);
    for (const preflight of preflights) {
      expect(preflight.path).toBe('/v1/messages');
      expect(preflight.headers.get('access-control-request-method')).toBe('POST');
      const requested = (preflight.headers.get('access-control-request-headers') ?? '').split(',');
      expect(requested).toEqual(
        expect.arrayContaining(['authorization', 'anthropic-version', 'anthropic-dangerous-direct-browser-access']),
      );
    }
  });
});
