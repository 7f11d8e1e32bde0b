import { readFileSync } from 'node:fs';

/** A file a README shows in full, to be written out and run as is. */
export interface ReadmeFile {
  /** Where it goes in the user's project, e.g. `src/summarize.ts`. */
  path: string;
  source: string;
}

// `<!-- pack-check: <path> -->` right before a fenced code block marks that block as the file <path>.
const MARKED_BLOCK = /<!-- pack-check: (\S+) -->\r?\n```[a-z]*\r?\n([\s\S]*?)\r?\n```/g;

/**
 * The files a README marks for pack-check, in order: each fenced block right after a
 * `<!-- pack-check: <path> -->` comment. So the example a user copies from the README is the one
 * this app runs against the packed packages.
 *
 * @example
 * readmeFiles('packages/emulator/README.md'); // [{ path: 'src/summarize.ts', source: '…' }, …]
 */
export function readmeFiles(readmePath: string): ReadmeFile[] {
  const text = readFileSync(readmePath, 'utf8');
  return [...text.matchAll(MARKED_BLOCK)].map(([, path = '', source = '']) => ({ path, source: `${source}\n` }));
}
