import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { namesExportedBy, namesImportedFrom } from './declaration-names.js';
import { publicPackages, type PublicPackage } from './public-packages.js';

type ExportConditions = { import?: { types?: string }; require?: { types?: string } };

/** The SDK packages built on @anth/core (the emulator depends on nothing of ours, so it has none to re-export). */
function dependsOnCore(pkg: PublicPackage): boolean {
  const manifest = JSON.parse(readFileSync(join(pkg.directory, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  return manifest.dependencies?.['@anth/core'] !== undefined;
}

// A user of @anth/messages should not have to import `Message` from @anth/core: every @anth/core type
// that a package's built declarations name (its signatures' params, results, events) is exported
// by that package too.
describe('each package re-exports the @anth/core types its signatures use', () => {
  for (const pkg of publicPackages().filter(dependsOnCore))
    it(pkg.name, () => {
      const manifest = JSON.parse(readFileSync(join(pkg.directory, 'package.json'), 'utf8')) as {
        exports: Record<string, ExportConditions | string>;
      };
      const exported = new Set<string>();
      for (const conditions of Object.values(manifest.exports))
        for (const types of typeof conditions === 'string' ? [] : [conditions.import?.types, conditions.require?.types])
          if (types) for (const name of namesExportedBy(join(pkg.directory, types))) exported.add(name);
      const used = namesImportedFrom(join(pkg.directory, 'dist'), '@anth/core');
      expect(used.size, 'the declarations name @anth/core types').toBeGreaterThan(0);
      expect([...used].filter((name) => !exported.has(name)).sort(), 'used but not re-exported').toEqual([]);
    });
});
