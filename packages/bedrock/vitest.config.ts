import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { name: 'bedrock', include: ['src/**/*.test.ts'] } });
