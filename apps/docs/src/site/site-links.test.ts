import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { siteMarkdown } from './site-links.mjs';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url)).replace(/\/$/, '');
const README = `${ROOT}/packages/core/README.md`;
const context = {
  root: ROOT,
  sitePaths: new Set([`${ROOT}/README.md`, `${ROOT}/packages/messages`]),
  siteLinks: new Map([[`${ROOT}/docs/site/modules/_anth_core.html`, '"@anth/core"!']]),
};

describe('siteMarkdown: a README read in the site', () => {
  it('keeps links to pages the site has, and leaves absolute URLs and anchors alone', () => {
    const markdown = '[home](../../README.md) [messages](../messages) [api](https://example.com/x) [up](#top)';
    expect(siteMarkdown(markdown, README, context)).toBe(markdown);
  });

  it("turns a link to the built site's page into a link to what it documents", () => {
    expect(
      siteMarkdown('See [`@anth/core` in the site](../../docs/site/modules/_anth_core.html).', README, context),
    ).toBe('See {@link "@anth/core"! | @anth/core in the site}.');
  });

  it('points any other file or folder of the repository at the repository', () => {
    expect(siteMarkdown('[examples](../../apps/examples/src/examples)', README, context)).toBe(
      '[examples](https://github.com/anth-sdk/anth/tree/main/apps/examples/src/examples)',
    );
    expect(siteMarkdown('[license](../../LICENSE#terms)', README, context)).toBe(
      '[license](https://github.com/anth-sdk/anth/blob/main/LICENSE#terms)',
    );
  });

  it('refuses a link to a file that does not exist', () => {
    expect(() => siteMarkdown('[gone](../../no-such-file.md)', README, context)).toThrow(
      /a Markdown link points to a missing file: .*no-such-file\.md/,
    );
  });
});
