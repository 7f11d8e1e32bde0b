import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'pack-check',
    include: ['src/**/*.test.ts'],
    // Packs and installs once for every test file here.
    globalSetup: ['src/global-setup.ts'],
    testTimeout: 240_000,
    hookTimeout: 240_000,
  },
});
