import { readFileSync } from 'node:fs';

/** `export { … } from '…'` and `export type { … } from '…'`, as Biome formats them. */
const RE_EXPORT = /^export\s+(type\s+)?\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/gm;

/**
 * What a package's `src/index.ts` re-exports from `specifier`, sorted, each written as its export
 * (`type Message` for a type-only one): for the export snapshot tests, which can see type-only
 * exports only in the source. Read with a pattern rather than the TypeScript compiler, which would
 * cost every export test a second of loading on a two-core machine.
 *
 * @example
 * reExportedNames(new URL('./index.ts', import.meta.url), '@anth/core'); // ['type APIPromise', …]
 */
export function reExportedNames(file: URL, specifier: string): string[] {
  const names: string[] = [];
  for (const [, typeOnly, list, from] of readFileSync(file, 'utf8').matchAll(RE_EXPORT)) {
    if (from !== specifier) continue;
    for (const element of (list ?? '').split(',')) {
      const words = element
        .replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')
        .trim()
        .split(/\s+/);
      const name = words.at(-1);
      if (!name) continue;
      names.push(`${typeOnly || words[0] === 'type' ? 'type ' : ''}${name}`);
    }
  }
  return names.sort();
}
