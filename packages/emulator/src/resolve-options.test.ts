import { describe, expect, it } from 'vitest';
import { resolveOptions } from './resolve-options.js';

describe('resolveOptions', () => {
  it('fills in the defaults', () => {
    const options = resolveOptions();
    expect(options).toMatchObject({
      apiKeys: ['sk-ant-emulator'],
      authTokens: ['emulator-token'],
      requireAuth: true,
      chunkSize: 8,
    });
    expect(options.models.length).toBeGreaterThanOrEqual(6);
  });

  it('sorts custom models newest first', () => {
    const model = (id: string, createdAt: string) => ({
      id,
      type: 'model' as const,
      display_name: id,
      created_at: createdAt,
      max_input_tokens: null,
      max_tokens: null,
    });
    const options = resolveOptions({
      models: [model('old', '2024-01-01T00:00:00Z'), model('new', '2026-01-01T00:00:00Z')],
    });
    expect(options.models.map((entry) => entry.id)).toEqual(['new', 'old']);
  });

  it('rejects a chunk size that is not a positive integer', () => {
    expect(() => resolveOptions({ chunkSize: 0 })).toThrow(RangeError);
  });
});
