import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { name: 'batches', include: ['src/**/*.test.ts'] } });
