import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts', 'src/internal.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  unbundle: true,
  sourcemap: true,
  inputOptions: { checks: { pluginTimings: false } },
});
