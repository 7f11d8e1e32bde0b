import { startEmulator, type RunningEmulator } from '@anth/emulator/node';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runSmoke, smokeFaults } from './run-smoke.js';

// The suite itself, in-process: it must report what a runtime gets wrong, not only pass.
describe('runSmoke', () => {
  let server: RunningEmulator | undefined;
  afterEach(async () => {
    await server?.close();
  });

  it('reports a wrong reply, per step, and still runs the other steps', async () => {
    server = await startEmulator();
    server.script({ content: [{ type: 'text', text: 'not the default reply' }] });
    server.fault(...smokeFaults);
    const result = await runSmoke({ baseURL: server.url });
    expect(result.ok).toBe(false);
    expect(result.failures).toEqual([
      'create: text: expected "Hello! You said: \\"create smoke\\"", got "not the default reply"',
    ]);
    expect(Object.keys(result.steps)).toEqual(['browserGuard', 'create', 'stream', 'error', 'abort']);
  });

  it('fails the abort step on its deadline when no text ever arrives', async () => {
    server = await startEmulator();
    // The abort step's response is held back for 5 s: nothing to abort on, so the step must give up
    // after stepTimeoutMs instead of waiting.
    server.fault({}, {}, {}, { latencyMs: 5_000 });
    const startedAt = Date.now();
    const result = await runSmoke({ baseURL: server.url, stepTimeoutMs: 300 });
    expect(Date.now() - startedAt).toBeLessThan(4_000);
    expect(result.failures).toContainEqual(expect.stringMatching(/^abort: /));
  });

  it('reports a client that cannot be built instead of throwing', async () => {
    // A browser-like global scope with inBrowser false: the guard refuses the suite's own client.
    vi.stubGlobal('window', { document: {} });
    vi.stubGlobal('navigator', { userAgent: 'test' });
    try {
      const result = await runSmoke({ baseURL: 'http://127.0.0.1:1' });
      expect(result.ok).toBe(false);
      expect(result.failures).toEqual([
        expect.stringMatching(
          /^browserGuard: a client without dangerouslyAllowBrowser works outside a browser \(AnthropicError: /,
        ),
        expect.stringMatching(/^client: building the client threw \(AnthropicError: .*dangerouslyAllowBrowser/),
      ]);
      expect(Object.keys(result.steps)).toEqual(['browserGuard']);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('names a step that threw', async () => {
    const result = await runSmoke({ baseURL: 'http://127.0.0.1:1', stepTimeoutMs: 2_000 });
    expect(result.ok).toBe(false);
    expect(result.failures).toContainEqual(
      expect.stringMatching(/^create: ran without throwing \(APIConnectionError: /),
    );
  });
});
