import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/**
 * @typedef {object} SiteEntryPoint One public entry of a package, as the site documents it.
 * @property {string} name The import specifier: `@anth/core`, `@anth/beta/node`, …
 * @property {string} packageName The package it belongs to (`@anth/beta` for `@anth/beta/node`).
 * @property {string} packageDir Absolute path of the package directory.
 * @property {string} sourceFile Absolute path of the TypeScript file behind the entry (`src/node.ts`).
 * @property {string | undefined} readme The package README for the package's main entry, else undefined.
 */

// Subpaths that are not for users: `./internal` is the siblings' door into core (API.md), and
// `./package.json` is metadata.
const HIDDEN_SUBPATHS = new Set(['./internal', './package.json']);

/**
 * Every public entry point of every publishable package under `packages/`, read from each
 * package.json's `exports`: a new package (or a new subpath) shows up in the site without touching
 * the docs. An export's built file (`./dist/node.mjs`) maps to its source (`src/node.ts`); a private
 * package is left out. A package comes after the packages it depends on (core first), so a type that
 * core exports and a sibling re-exports is documented in core and referenced from the sibling
 * (TypeDoc documents a declaration in the first module that exports it).
 *
 * @example
 * findEntryPoints('/repo').map((entry) => entry.name); // ['@anth/core', '@anth/batches', '@anth/bedrock', '@anth/beta', '@anth/beta/node', …]
 *
 * @param {string} root The repository root.
 * @returns {SiteEntryPoint[]}
 */
export function findEntryPoints(root) {
  const packagesDir = join(root, 'packages');
  const packages = readdirSync(packagesDir)
    .sort()
    .map((directory) => join(packagesDir, directory))
    .filter((packageDir) => existsSync(join(packageDir, 'package.json')))
    .map((packageDir) => ({ packageDir, manifest: JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) }))
    .filter(({ manifest }) => manifest.private !== true);
  const names = new Set(packages.map(({ manifest }) => manifest.name));
  const siblingDependencies = (/** @type {{ dependencies?: Record<string, string> }} */ manifest) =>
    Object.keys(manifest.dependencies ?? {}).filter((name) => names.has(name)).length;
  // Core depends on no sibling and every other package on core only (API.md), so this count orders them.
  packages.sort((a, b) => siblingDependencies(a.manifest) - siblingDependencies(b.manifest));
  /** @type {SiteEntryPoint[]} */
  const entries = [];
  for (const { packageDir, manifest } of packages) {
    const manifestPath = join(packageDir, 'package.json');
    for (const [subpath, target] of Object.entries(manifest.exports ?? { '.': manifest.main })) {
      if (HIDDEN_SUBPATHS.has(subpath)) continue;
      const sourceFile = join(packageDir, 'src', `${builtName(subpath, target)}.ts`);
      if (!existsSync(sourceFile)) {
        throw new Error(`${manifestPath}: export ${JSON.stringify(subpath)} has no source file at ${sourceFile}`);
      }
      const readme = join(packageDir, 'README.md');
      entries.push({
        name: subpath === '.' ? manifest.name : `${manifest.name}/${subpath.replace(/^\.\//, '')}`,
        packageName: manifest.name,
        packageDir,
        sourceFile,
        readme: subpath === '.' && existsSync(readme) ? readme : undefined,
      });
    }
  }
  return entries;
}

/**
 * The file name (no extension) an export's built file has: `./dist/node.mjs` → `node`.
 *
 * @param {string} subpath
 * @param {unknown} target An exports value: a path, or nested conditions.
 * @returns {string}
 */
function builtName(subpath, target) {
  const file = firstPath(target);
  if (file === undefined) throw new Error(`export ${JSON.stringify(subpath)} names no file`);
  return basename(file).replace(/\.d\.[cm]?ts$|\.[cm]?js$/, '');
}

/**
 * @param {unknown} target
 * @returns {string | undefined}
 */
function firstPath(target) {
  if (typeof target === 'string') return target;
  if (target === null || typeof target !== 'object') return undefined;
  for (const value of Object.values(target)) {
    const found = firstPath(value);
    if (found !== undefined) return found;
  }
  return undefined;
}
