import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/demo.ts', 'src/example.ts'],
  format: ['esm'],
  dts: false,
  clean: true,
  sourcemap: true,
  inputOptions: { checks: { pluginTimings: false } },
});
