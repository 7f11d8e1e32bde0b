import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { abortableSleep } from './abortable-sleep.js';

describe('abortableSleep', () => {
  it('resolves after the delay and leaves no listener behind', async () => {
    const controller = new AbortController();
    const started = performance.now();
    await abortableSleep(20, controller.signal);
    expect(performance.now() - started).toBeGreaterThanOrEqual(15);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('rejects at once with the reason when aborted during the wait', async () => {
    const controller = new AbortController();
    const reason = new Error('stop');
    const started = performance.now();
    const sleeping = abortableSleep(10_000, controller.signal);
    setTimeout(() => controller.abort(reason), 10);
    await expect(sleeping).rejects.toBe(reason);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('rejects immediately for an already aborted signal', async () => {
    const reason = new Error('already');
    await expect(abortableSleep(10_000, AbortSignal.abort(reason))).rejects.toBe(reason);
  });

  it('works without a signal', async () => {
    await expect(abortableSleep(1, undefined)).resolves.toBeUndefined();
  });
});
