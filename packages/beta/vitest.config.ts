import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { name: 'beta', include: ['src/**/*.test.ts'] } });
