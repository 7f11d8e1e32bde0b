import { defineConfig } from 'vitest/config';

// The tests touch no globals (every test builds its own emulator or server), so files can share a
// worker: isolation would cost several seconds of worker start-up for nothing.
export default defineConfig({ test: { name: 'emulator', include: ['src/**/*.test.ts'], isolate: false } });
