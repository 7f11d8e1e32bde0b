import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runRuntime } from './run-runtime.js';
import { assertInstalled, isSkipped } from './runtimes.js';

const BUILD_SITE = fileURLToPath(new URL('../../docs/src/site/build-site.mjs', import.meta.url));
const TERMS = ['createMessage', 'MessageStream', 'AnthropicBedrock'];

interface SiteCheck {
  ok: boolean;
  status?: number;
  title?: string;
  headings?: string[];
  search?: Record<string, { results: string[]; opened?: string; heading?: string }>;
  pages?: number;
  links?: number;
  broken?: Array<{ from: string; to: string; status: number }>;
  truncated?: boolean;
  failure?: string;
  pageLog: string[];
}

// The API reference (`pnpm docs:site`) built from this checkout, opened in the real Chromium as a reader
// would: the index loads, the search finds the main names, and no page links to a missing one.
describe.skipIf(isSkipped('browser'))('the API reference site in a browser (Chromium)', () => {
  const out = mkdtempSync(join(tmpdir(), 'anth-docs-site-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('builds clean, loads, finds createMessage, MessageStream and AnthropicBedrock, and has no broken link', async () => {
    assertInstalled('browser');
    const build = spawnSync(process.execPath, [BUILD_SITE, '--out', out], { encoding: 'utf8', timeout: 150_000 });
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);

    const run = await runRuntime(process.execPath, ['src/runners/run-docs-site.js', out, ...TERMS], {
      timeoutMs: 150_000,
    });
    const check = run.result as SiteCheck;
    expect(check.failure).toBeUndefined();
    expect(check.status).toBe(200);
    expect(check.title).toBe('@anth');
    expect(check.headings).toContain('@anth: a modular TypeScript SDK for the Anthropic API');
    expect(check.search?.['createMessage']).toMatchObject({
      opened: '/functions/_anth_messages.createMessage.html',
      heading: 'Function createMessage',
    });
    expect(check.search?.['MessageStream']).toMatchObject({
      opened: '/classes/_anth_core.MessageStream.html',
      heading: expect.stringMatching(/^Class MessageStream</),
    });
    expect(check.search?.['AnthropicBedrock']).toMatchObject({
      opened: '/classes/_anth_bedrock.AnthropicBedrock.html',
      heading: 'Class AnthropicBedrock',
    });
    // Every package page, the guide and the reference pages are reachable from the index.
    expect(check.pages).toBeGreaterThan(400);
    expect(check.truncated).toBe(false);
    expect(check.broken).toEqual([]);
    expect(check.pageLog).toEqual([]);
    expect(check.ok).toBe(true);
  }, 360_000);
});
