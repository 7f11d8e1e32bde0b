import { getEventListeners } from 'node:events';
import { APIUserAbortError } from '@anth/core';
import { describe, expect, it } from 'vitest';
import { untilAborted } from './until-aborted.js';

describe('untilAborted', () => {
  it('settles with the promise and removes its abort listener', async () => {
    const controller = new AbortController();
    await expect(untilAborted(Promise.resolve('value'), controller.signal)).resolves.toBe('value');
    await expect(untilAborted(Promise.reject(new Error('failed')), controller.signal)).rejects.toThrow('failed');
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('rejects with APIUserAbortError as soon as the signal aborts, or at once when it already has', async () => {
    const controller = new AbortController();
    const pending = untilAborted(new Promise<never>(() => {}), controller.signal);
    controller.abort(new Error('stop'));
    await expect(pending).rejects.toBeInstanceOf(APIUserAbortError);
    await expect(untilAborted(Promise.resolve(1), controller.signal)).rejects.toBeInstanceOf(APIUserAbortError);
  });
});
