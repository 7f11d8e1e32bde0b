import { defineConfig } from 'tsdown';
import { packageBuild } from '../../tsdown.base.ts';

const entry = ['src/index.ts', 'src/internal.ts'];

// Two shapes of the same code, chosen by `exports` (see package.json):
// - dist/*.mjs, *.cjs: bundled into a few files, for Node, Deno, Bun and workers, which load modules
//   one file at a time (one file per module made importing core ~4× slower);
// - dist/modules/: one file per module, ESM only, behind the `module` condition that bundlers read,
//   so they drop whole unused modules under `sideEffects: false` (~300 B gzip less in a createMessage app).
export default defineConfig([
  packageBuild(entry),
  packageBuild(entry, { format: ['esm'], dts: false, unbundle: true, outDir: 'dist/modules', clean: false }),
]);
