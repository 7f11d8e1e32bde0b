import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { findEntryPoints } from './entry-points.mjs';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

describe('findEntryPoints', () => {
  const scratch: string[] = [];
  afterEach(() => {
    for (const directory of scratch.splice(0)) rmSync(directory, { recursive: true, force: true });
  });

  it("reads this repository's public entries from the packages' exports, core first, never core/internal", () => {
    const entries = findEntryPoints(ROOT);
    const names = entries.map((entry) => entry.name);
    expect(names[0]).toBe('@anth/core');
    for (const name of ['@anth/messages', '@anth/batches', '@anth/beta', '@anth/beta/node', '@anth/bedrock']) {
      expect(names).toContain(name);
    }
    expect(names.filter((name) => name.endsWith('/internal'))).toEqual([]);
    const betaNode = entries.find((entry) => entry.name === '@anth/beta/node');
    expect(betaNode?.sourceFile).toBe(join(ROOT, 'packages/beta/src/node.ts'));
    // A package's README belongs to its main entry only.
    expect(betaNode?.readme).toBeUndefined();
    expect(entries.find((entry) => entry.name === '@anth/beta')?.readme).toBe(join(ROOT, 'packages/beta/README.md'));
  });

  it('picks up a new package by itself, leaves private ones out, and names an export without a source', () => {
    const root = mkdtempSync(join(tmpdir(), 'anth-entries-'));
    scratch.push(root);
    const addPackage = (directory: string, manifest: object, sources: string[]): void => {
      mkdirSync(join(root, 'packages', directory, 'src'), { recursive: true });
      writeFileSync(join(root, 'packages', directory, 'package.json'), JSON.stringify(manifest));
      for (const source of sources) writeFileSync(join(root, 'packages', directory, 'src', source), '');
    };
    addPackage('core', { name: '@x/core', exports: { '.': { import: { types: './dist/index.d.mts' } } } }, [
      'index.ts',
    ]);
    addPackage(
      'tool',
      {
        name: '@x/tool',
        dependencies: { '@x/core': 'workspace:^' },
        exports: {
          '.': './dist/index.mjs',
          './cli': { default: './dist/cli.mjs' },
          './package.json': './package.json',
        },
      },
      ['index.ts', 'cli.ts'],
    );
    addPackage('secret', { name: '@x/secret', private: true, exports: { '.': './dist/index.mjs' } }, ['index.ts']);
    expect(findEntryPoints(root).map((entry) => entry.name)).toEqual(['@x/core', '@x/tool', '@x/tool/cli']);

    addPackage('broken', { name: '@x/broken', exports: { '.': './dist/main.mjs' } }, ['index.ts']);
    expect(() => findEntryPoints(root)).toThrow(/export "\." has no source file at .*broken\/src\/main\.ts/);
  });
});
