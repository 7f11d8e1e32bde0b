import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { linkAbort } from './link-abort.js';

describe('linkAbort', () => {
  it('forwards an abort with its reason', () => {
    const source = new AbortController();
    const target = new AbortController();
    linkAbort(source.signal, target);
    source.abort('why');
    expect(target.signal.aborted).toBe(true);
    expect(target.signal.reason).toBe('why');
  });

  it('aborts the target at once when the source is already aborted', () => {
    const target = new AbortController();
    linkAbort(AbortSignal.abort('early'), target);
    expect(target.signal.reason).toBe('early');
  });

  it('unlinking removes the listener, is idempotent, and stops forwarding', () => {
    const source = new AbortController();
    const target = new AbortController();
    const unlink = linkAbort(source.signal, target);
    expect(getEventListeners(source.signal, 'abort')).toHaveLength(1);
    unlink();
    unlink();
    expect(getEventListeners(source.signal, 'abort')).toHaveLength(0);
    source.abort();
    expect(target.signal.aborted).toBe(false);
  });

  it('is a no-op without a signal', () => {
    const target = new AbortController();
    linkAbort(undefined, target)();
    expect(target.signal.aborted).toBe(false);
  });
});
