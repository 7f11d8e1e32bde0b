import { describe, expect, it } from 'vitest';
import { createCachedToken, fixedToken } from './cached-token.js';
import { sendWithToken } from './send-with-token.js';

function counter(prefix: string) {
  let calls = 0;
  return { provider: async () => `${prefix}-${++calls}`, calls: () => calls };
}

const status = (code: number) => new Response(code === 200 ? 'ok' : 'denied', { status: code });

describe('sendWithToken', () => {
  it('sends once when the first answer is not a 401', async () => {
    const { provider, calls } = counter('t');
    const sent: string[] = [];
    const response = await sendWithToken(createCachedToken(provider), async (token) => (sent.push(token), status(200)));
    expect(response.status).toBe(200);
    expect(sent).toEqual(['t-1']);
    expect(calls()).toBe(1);
  });

  it('on a 401, fetches a new token and resends once', async () => {
    const { provider } = counter('t');
    const sent: string[] = [];
    const response = await sendWithToken(createCachedToken(provider), async (token) => (sent.push(token), status(token === 't-1' ? 401 : 200)));
    expect(response.status).toBe(200);
    expect(sent).toEqual(['t-1', 't-2']);
  });

  it('resends only once: a second 401 is returned as is', async () => {
    const { provider, calls } = counter('t');
    const sent: string[] = [];
    const response = await sendWithToken(createCachedToken(provider), async (token) => (sent.push(token), status(401)));
    expect(response.status).toBe(401);
    expect(await response.text()).toBe('denied');
    expect(sent).toEqual(['t-1', 't-2']);
    expect(calls()).toBe(2);
  });

  it('does not resend with a fixed token, or when the provider returns the rejected token again', async () => {
    const sent: string[] = [];
    const fixed = await sendWithToken(fixedToken('static'), async (token) => (sent.push(token), status(401)));
    expect(fixed.status).toBe(401);
    const same = await sendWithToken(createCachedToken(async () => 'same'), async (token) => (sent.push(token), status(401)));
    expect(same.status).toBe(401);
    expect(sent).toEqual(['static', 'same']);
  });

  it('propagates a failure to fetch the new token', async () => {
    let calls = 0;
    const tokens = createCachedToken(async () => {
      calls += 1;
      if (calls > 1) throw new Error('refresh failed');
      return 'first';
    });
    await expect(sendWithToken(tokens, async () => status(401))).rejects.toThrow('refresh failed');
  });
});
