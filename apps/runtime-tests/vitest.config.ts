import { defineConfig } from 'vitest/config';

// Each test starts a runtime as a child process with its own deadline (see run-runtime.ts); the test
// timeout only has to outlast those, also when the whole workspace's tests share two cores.
export default defineConfig({
  test: { name: 'runtime-tests', include: ['src/**/*.test.ts'], testTimeout: 90_000, hookTimeout: 30_000 },
});
