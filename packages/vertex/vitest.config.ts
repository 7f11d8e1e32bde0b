import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { name: 'vertex', include: ['src/**/*.test.ts'] } });
