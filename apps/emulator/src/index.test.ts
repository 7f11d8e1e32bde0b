import { describe, expect, it } from 'vitest';
import * as emulatorPackage from './index.js';
import { createEmulator } from './index.js';

describe('package surface', () => {
  it('exports exactly the documented runtime names', () => {
    expect(Object.keys(emulatorPackage).sort()).toEqual([
      'EMULATOR_API_KEY',
      'authorizations',
      'createBedrockEmulator',
      'createEmulator',
      'emulatedClientOptions',
      'encodeEventStreamFrame',
      'mintingProvider',
      'startEmulatorServer',
    ]);
  });

  it('offers a fetch that fits where the global fetch type is expected', () => {
    // Compile-time check: this assignment fails type-checking if the signature drifts.
    const asGlobalFetch: typeof globalThis.fetch = createEmulator().fetch;
    expect(typeof asGlobalFetch).toBe('function');
  });
});
