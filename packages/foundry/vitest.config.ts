import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { name: 'foundry', include: ['src/**/*.test.ts'] } });
