import { createServer } from 'node:net';
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import type { RunningEmulator } from './running-emulator.js';
import { startEmulator } from './start-emulator.js';
import { API_HEADERS, createMessageBody } from './testing/request-helpers.js';
import type { EmulatorBackendName } from './types.js';

const started: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((emulator) => emulator.close()));
});

async function start<B extends EmulatorBackendName = 'anthropic'>(
  options?: Parameters<typeof startEmulator<B>>[0],
): Promise<RunningEmulator<B>> {
  const emulator = await startEmulator<B>(options);
  started.push(emulator);
  return emulator;
}

const postMessage = (url: string) =>
  fetch(`${url}/v1/messages`, { method: 'POST', headers: API_HEADERS, body: JSON.stringify(createMessageBody()) });

/** A port free a moment ago, with the `count - 1` ports after it free too (bounded tries). */
async function freePorts(count: number): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const first = await listenOnce(0);
    if (first === undefined) continue;
    let allFree = true;
    for (let offset = 1; offset < count && allFree; offset += 1)
      allFree = (await listenOnce(first + offset)) !== undefined;
    if (allFree) return first;
  }
  throw new Error(`no ${count} consecutive free ports found`);
}

function listenOnce(port: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(undefined));
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : undefined));
    });
  });
}

describe('startEmulator', () => {
  it('serves the first-party API on 127.0.0.1, its controls at the top', async () => {
    const emulator = await start();
    expect(emulator.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    emulator.script({ content: [{ type: 'text', text: 'Over HTTP.' }] });
    const response = await postMessage(emulator.url);
    expect(await response.json()).toMatchObject({ content: [{ type: 'text', text: 'Over HTTP.' }] });
    expect(emulator.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['POST /v1/messages']);
  });

  it('serves each backend on its own port, with the base URL its clients take', async () => {
    const emulator = await start({ backends: ['anthropic', 'bedrock', 'vertex', 'foundry'] });
    const origins = [emulator.url, emulator.bedrock.url, emulator.vertex.url, emulator.foundry.url].map(
      (url) => new URL(url).origin,
    );
    expect(new Set(origins).size).toBe(4);
    expect(emulator.bedrock.url).toBe(origins[1]);
    expect(emulator.vertex.url).toBe(`${origins[2]}/v1`);
    expect(emulator.foundry.url).toBe(`${origins[3]}/anthropic`);

    emulator.foundry.script({ content: [{ type: 'text', text: 'From Foundry.' }] });
    const onFoundry = await postMessage(emulator.foundry.url);
    expect(await onFoundry.json()).toMatchObject({ content: [{ type: 'text', text: 'From Foundry.' }] });
    // Each backend records and scripts its own requests.
    expect(emulator.foundry.requests).toHaveLength(1);
    expect(emulator.requests).toHaveLength(0);
  });

  it('takes per-backend options, and serves only the backends asked for', async () => {
    const emulator = await start({ backends: { vertex: { authTokens: ['ya29.only'] } } });
    // The result's type has exactly what is served: no first-party members, no other backend.
    expectTypeOf(emulator).not.toHaveProperty('url');
    expectTypeOf(emulator).not.toHaveProperty('bedrock');
    expectTypeOf(emulator.vertex.url).toEqualTypeOf<string>();
    expect('url' in emulator).toBe(false);
    expect('bedrock' in emulator).toBe(false);
    const predict = (token: string) =>
      fetch(
        `${emulator.vertex.url}/projects/p/locations/us-east5/publishers/anthropic/models/claude-sonnet-4-5:rawPredict`,
        {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            anthropic_version: 'vertex-2023-10-16',
            max_tokens: 8,
            messages: [{ role: 'user', content: 'Hi' }],
          }),
        },
      );
    expect((await predict('ya29.only')).status).toBe(200);
    expect((await predict('emulator-token')).status).toBe(401);
  });

  it('reset() at the top resets every backend; a backend reset resets only it', async () => {
    const emulator = await start({ backends: ['anthropic', 'foundry'] });
    await postMessage(emulator.url);
    await postMessage(emulator.foundry.url);
    emulator.foundry.reset();
    expect([emulator.requests.length, emulator.foundry.requests.length]).toEqual([1, 0]);
    await postMessage(emulator.foundry.url);
    emulator.reset();
    expect([emulator.requests.length, emulator.foundry.requests.length]).toEqual([0, 0]);
  });

  it('with a port, the backends listen on it and the following ports', async () => {
    const port = await freePorts(2);
    const emulator = await start({ port, backends: ['anthropic', 'bedrock'] });
    expect(emulator.url).toBe(`http://127.0.0.1:${port}`);
    expect(emulator.bedrock.url).toBe(`http://127.0.0.1:${port + 1}`);
  });

  it('close() stops every server', async () => {
    const emulator = await startEmulator({ backends: ['anthropic', 'bedrock'] });
    await emulator.close();
    await expect(postMessage(emulator.url)).rejects.toThrow(TypeError);
    await expect(fetch(emulator.bedrock.url)).rejects.toThrow(TypeError);
  });

  it('when a later port is taken, it rejects and closes the servers it had started', async () => {
    const port = await freePorts(2);
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(port + 1, '127.0.0.1', resolve));
    try {
      await expect(startEmulator({ port, backends: ['anthropic', 'vertex'] })).rejects.toMatchObject({
        code: 'EADDRINUSE',
      });
      expect(await listenOnce(port)).toBe(port);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it('refuses bad options before listening, naming them', async () => {
    await expect(startEmulator({ port: 70_000 })).rejects.toThrow(RangeError);
    await expect(startEmulator({ backends: ['anthropic', 'azure' as 'vertex'] })).rejects.toThrow(
      'backends[1] must be one of anthropic, bedrock, vertex, foundry; got "azure"',
    );
    await expect(startEmulator(null as never)).rejects.toThrow('startEmulator options must be an object, got null');
  });
});
