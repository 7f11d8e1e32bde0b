// The code in the repository's Markdown is kept honest: a TypeScript or JavaScript block either
// shows a snippet file verbatim (a marker names the file; the block is its content, so it cannot
// drift), or is marked as the official SDK's code, shown for comparison and never run. Snippet files
// are type-checked with this app (`pnpm typecheck`) and run against the emulator by
// snippets.test.ts.
//
//   <!-- snippet: apps/docs/src/snippets/readme/taste.ts -->
//   ```ts
//   …the file, exactly…
//   ```
//
//   <!-- official-sdk: not run -->
//   ```ts
//   import Anthropic from '@anthropic-ai/sdk';
//   ```
//
// After editing a snippet file: `pnpm docs:snippets` copies every snippet into the Markdown.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/**
 * The Markdown whose code blocks are checked, relative to the root: the root README, each SDK
 * package's README, the guides. (The emulator's README has its own examples; add it here once they
 * are snippet files too.)
 */
export const CHECKED_MARKDOWN = [
  'README.md',
  'CONTRIBUTING.md',
  'docs/migrating-from-anthropic-ai-sdk.md',
  ...['core', 'messages', 'batches', 'beta', 'bedrock', 'vertex', 'foundry'].map(
    (name) => `packages/${name}/README.md`,
  ),
];

const SNIPPET_MARKER = /^<!-- snippet: (\S+) -->$/;
const OFFICIAL_MARKER = '<!-- official-sdk: not run -->';
const FENCE = /^```(\w*)\s*$/;
/** Languages whose blocks must be a snippet or marked official (shell, text and JSON are free). */
const CODE_LANGUAGES = new Set(['ts', 'typescript', 'js', 'javascript', 'tsx', 'mjs']);

/**
 * @typedef {object} CodeBlock
 * @property {number} line 1-based line of the opening fence.
 * @property {string} language
 * @property {string} code The block's content, without the fences.
 * @property {string | undefined} snippet The snippet file (relative to the root) the marker above names.
 * @property {boolean} official Marked as the official SDK's code (not run).
 */

/**
 * Every fenced code block of a Markdown text, with the marker on the line just above it (blank
 * lines allowed in between).
 *
 * @example
 * codeBlocks('<!-- snippet: a.ts -->\n```ts\nx\n```\n'); // [{ line: 2, language: 'ts', code: 'x', snippet: 'a.ts', official: false }]
 *
 * @param {string} markdown
 * @returns {CodeBlock[]}
 */
export function codeBlocks(markdown) {
  const lines = markdown.split('\n');
  /** @type {CodeBlock[]} */
  const blocks = [];
  let marker = '';
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const fence = FENCE.exec(line);
    if (!fence) {
      if (line.trim() !== '') marker = line.trim();
      continue;
    }
    const start = index;
    const body = [];
    for (index += 1; index < lines.length && !/^```\s*$/.test(lines[index] ?? ''); index += 1) body.push(lines[index]);
    blocks.push({
      line: start + 1,
      language: fence[1] ?? '',
      code: body.join('\n'),
      snippet: SNIPPET_MARKER.exec(marker)?.[1],
      official: marker === OFFICIAL_MARKER,
    });
    marker = '';
  }
  return blocks;
}

/**
 * The problems of one Markdown file: a TypeScript/JavaScript block that is neither a snippet nor
 * marked official, a marker not followed by a block, a snippet block that differs from its file.
 *
 * @example
 * markdownProblems('README.md', readFile); // [] when in sync
 *
 * @param {string} path Relative to the root.
 * @param {(path: string) => string} readFile Reads a file relative to the root.
 * @returns {string[]}
 */
export function markdownProblems(path, readFile) {
  const markdown = readFile(path);
  const problems = [];
  const blocks = codeBlocks(markdown);
  const markers = markdown.split('\n').filter((line) => SNIPPET_MARKER.test(line.trim())).length;
  if (markers !== blocks.filter((block) => block.snippet).length) {
    problems.push(`${path}: a snippet marker is not followed by a code block`);
  }
  for (const block of blocks) {
    if (block.snippet) {
      if (block.code !== snippetText(readFile(block.snippet))) {
        problems.push(`${path}:${block.line}: differs from ${block.snippet} (run \`pnpm docs:snippets\`)`);
      }
    } else if (CODE_LANGUAGES.has(block.language) && !block.official) {
      problems.push(
        `${path}:${block.line}: a ${block.language} block that is not a snippet file (<!-- snippet: path -->) nor marked ${OFFICIAL_MARKER}`,
      );
    }
  }
  return problems;
}

/**
 * The Markdown with every snippet block replaced by its file's current content.
 *
 * @example
 * writeFileSync('README.md', syncSnippets(readFileSync('README.md', 'utf8'), readFile));
 *
 * @param {string} markdown
 * @param {(path: string) => string} readFile Reads a file relative to the root.
 * @returns {string}
 */
export function syncSnippets(markdown, readFile) {
  const lines = markdown.split('\n');
  const out = [];
  let snippet;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const marker = SNIPPET_MARKER.exec(line.trim());
    if (marker) snippet = marker[1];
    else if (snippet !== undefined && FENCE.test(line)) {
      out.push(line, snippetText(readFile(snippet)));
      while (index + 1 < lines.length && !/^```\s*$/.test(lines[index + 1] ?? '')) index += 1;
      snippet = undefined;
      continue;
    } else if (line.trim() !== '') snippet = undefined;
    out.push(line);
  }
  return out.join('\n');
}

/**
 * A snippet file as the Markdown shows it: without the trailing newline.
 *
 * @param {string} text
 * @returns {string}
 */
function snippetText(text) {
  return text.replace(/\n+$/, '');
}

/**
 * Reads a file relative to the root.
 *
 * @param {string} path
 * @returns {string}
 */
export function readFromRoot(path) {
  return readFileSync(join(ROOT, path), 'utf8');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const path of CHECKED_MARKDOWN) {
    const before = readFromRoot(path);
    const after = syncSnippets(before, readFromRoot);
    if (after !== before) {
      writeFileSync(join(ROOT, path), after);
      console.log(`updated ${path}`);
    }
  }
}
