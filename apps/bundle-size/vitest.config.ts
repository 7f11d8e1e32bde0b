import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { name: 'bundle-size', include: ['src/**/*.test.ts'], testTimeout: 60_000 } });
