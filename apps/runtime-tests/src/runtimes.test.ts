import { describe, expect, it } from 'vitest';
import { RUNTIME_FILES, assertInstalled, skippedRuntimes } from './runtimes.js';

describe('skippedRuntimes', () => {
  it('reads comma- or space-separated names', () => {
    expect(skippedRuntimes({ ANTH_SKIP_RUNTIMES: 'browser, workerd deno' })).toEqual(
      new Set(['browser', 'workerd', 'deno']),
    );
    expect(skippedRuntimes({})).toEqual(new Set());
  });

  it('expands all', () => {
    expect(skippedRuntimes({ ANTH_SKIP_RUNTIMES: 'all' })).toEqual(
      new Set(['node22', 'node24', 'bun', 'deno', 'workerd', 'browser']),
    );
  });

  it('skips nothing on CI', () => {
    expect(skippedRuntimes({ CI: 'true', ANTH_SKIP_RUNTIMES: 'all' })).toEqual(new Set());
  });
});

describe('assertInstalled', () => {
  it('fails naming the missing files, the install command and the skip variable', () => {
    expect(() => assertInstalled('workerd', (path) => path !== RUNTIME_FILES.miniflare)).toThrow(
      `workerd is not installed (missing ${RUNTIME_FILES.miniflare}). Install every runtime with \`sh apps/runtime-tests/install-runtimes.sh\`, or skip this one with ANTH_SKIP_RUNTIMES=workerd (ignored on CI, which runs them all).`,
    );
  });

  it('passes when every file is there', () => {
    expect(() => assertInstalled('deno', () => true)).not.toThrow();
  });
});
