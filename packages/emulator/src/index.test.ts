import { describe, expect, it } from 'vitest';
import * as emulatorPackage from './index.js';
import { createEmulatorFetch, type FetchFunction } from './index.js';
import * as nodeEntry from './node.js';

describe('package surface', () => {
  it('`@anth/emulator` exports exactly the documented runtime names', () => {
    expect(Object.keys(emulatorPackage).sort()).toEqual([
      'EMULATOR_CREDENTIALS',
      'createEmulatorFetch',
      'encodeEventStreamFrame',
    ]);
  });

  it('`@anth/emulator/node` exports startEmulator alone', () => {
    expect(Object.keys(nodeEntry)).toEqual(['startEmulator']);
  });

  it('offers a fetch that fits where the global fetch type is expected', async () => {
    // Compile-time checks: these assignments fail type-checking if the signature drifts.
    const asGlobalFetch: typeof globalThis.fetch = createEmulatorFetch();
    const asFetchFunction: FetchFunction = createEmulatorFetch({ backend: 'bedrock' });
    expect(typeof asGlobalFetch).toBe('function');
    expect(typeof asFetchFunction).toBe('function');
  });
});
