import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PublicPackage } from './public-packages.js';

/**
 * Every import specifier a user can write for `pkg`: one per key of its package.json `exports`
 * (`.` is the package name, `./internal` is `<name>/internal`), `./package.json` left out. Read from
 * the manifest, so an entry added later is type-checked and loaded without touching this app.
 *
 * @example
 * entryPoints({ name: '@anth/core', directory, version }); // ['@anth/core', '@anth/core/internal']
 */
export function entryPoints(pkg: PublicPackage): string[] {
  const manifest = JSON.parse(readFileSync(join(pkg.directory, 'package.json'), 'utf8')) as {
    exports?: Record<string, unknown>;
  };
  return Object.keys(manifest.exports ?? { '.': null })
    .filter((subpath) => !subpath.endsWith('.json'))
    .map((subpath) => (subpath === '.' ? pkg.name : `${pkg.name}${subpath.slice(1)}`));
}
