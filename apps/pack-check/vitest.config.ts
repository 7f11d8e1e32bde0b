import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { name: 'pack-check', include: ['src/**/*.test.ts'], testTimeout: 240_000, hookTimeout: 240_000 },
});
