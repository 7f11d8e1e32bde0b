import type { UserConfig } from 'tsdown';

/**
 * How every @anth package is built: ESM + CJS with declarations and source maps. A package passes
 * its entry points, plus any option of its own.
 *
 * @example
 * export default defineConfig(packageBuild(['src/index.ts', 'src/node.ts']));
 */
export function packageBuild(entry: string[], extra: UserConfig = {}): UserConfig {
  return {
    entry,
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    inputOptions: { checks: { pluginTimings: false } },
    ...extra,
  };
}
