import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKED_MARKDOWN, codeBlocks, markdownProblems, readFromRoot, syncSnippets } from './markdown-snippets.mjs';
import { runSnippet, SNIPPETS_DIR } from './run-snippet.js';
import { SNIPPET_RUNS } from './snippet-runs.js';

const SNIPPET_ROOT = 'apps/docs/src/snippets/';

/** Every snippet file (relative to src/snippets): the .ts files of its subfolders. */
function snippetFiles(): string[] {
  return readdirSync(SNIPPETS_DIR, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.includes(sep) && path.endsWith('.ts') && !path.endsWith('.test.ts'))
    .map((path) => relative(SNIPPETS_DIR, join(SNIPPETS_DIR, path)).split(sep).join('/'))
    .sort();
}

describe('the Markdown shows snippet files verbatim', () => {
  it.each(CHECKED_MARKDOWN)(
    '%s: every TypeScript block is a snippet file (or marked official) and equals it',
    (path) => {
      expect(markdownProblems(path, readFromRoot)).toEqual([]);
    },
  );

  it('every snippet file is shown in the Markdown, and every marker names a snippet file', () => {
    const shown = CHECKED_MARKDOWN.flatMap((path) => codeBlocks(readFromRoot(path)))
      .map((block) => block.snippet)
      .filter((snippet) => snippet !== undefined);
    for (const snippet of shown) expect(snippet.startsWith(SNIPPET_ROOT), snippet).toBe(true);
    expect([...new Set(shown.map((snippet) => snippet.slice(SNIPPET_ROOT.length)))].sort()).toEqual(snippetFiles());
  });

  it('catches a drifted block, an unmarked block and a marker without a block, and sync repairs the drift', () => {
    const files: Record<string, string> = {
      'doc.md': '<!-- snippet: a.ts -->\n```ts\nold\n```\n\n```ts\nloose\n```\n\n<!-- snippet: b.ts -->\n',
      'a.ts': 'new\n',
    };
    const read = (path: string): string => files[path] ?? '';
    expect(markdownProblems('doc.md', read)).toEqual([
      'doc.md: a snippet marker is not followed by a code block',
      'doc.md:2: differs from a.ts (run `pnpm docs:snippets`)',
      'doc.md:6: a ts block that is not a snippet file (<!-- snippet: path -->) nor marked <!-- official-sdk: not run -->',
    ]);
    expect(syncSnippets(files['doc.md'] ?? '', read)).toContain('<!-- snippet: a.ts -->\n```ts\nnew\n```');
  });
});

describe('every snippet runs against the emulator, configured by its environment', () => {
  it('has a run for every snippet file', () => {
    expect(Object.keys(SNIPPET_RUNS).sort()).toEqual(snippetFiles());
  });

  it.each(Object.entries(SNIPPET_RUNS))('%s', async (file, run) => {
    const result = await runSnippet(file, run);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    for (const pattern of run.stdout) expect(result.stdout).toMatch(pattern);
    if (run.requests) expect(result.requests).toEqual(run.requests);
    run.check?.(result.recorded);
  });
});
