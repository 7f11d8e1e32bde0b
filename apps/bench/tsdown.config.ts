import { defineConfig } from 'tsdown';

// The bench runs as plain Node from dist/. Every SDK stays an import of its installed package, never
// bundled in, so each is measured as a user's node_modules gives it.
export default defineConfig({
  entry: { main: 'src/main.ts', 'loopback-server': 'src/loopback/loopback-server.ts' },
  format: ['esm'],
  dts: false,
  clean: true,
  sourcemap: true,
  deps: { skipNodeModulesBundle: true },
  inputOptions: { checks: { pluginTimings: false } },
});
