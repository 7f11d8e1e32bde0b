import { describe, expect, it, vi } from 'vitest';
import { recordingLogger } from '../transport/test-fetch.js';
import { Anthropic } from './anthropic.js';
import { warnOnDiscouragedParams } from './warn-discouraged-params.js';

function warnings(params: Parameters<typeof warnOnDiscouragedParams>[1]): string[] {
  const { logger, lines } = recordingLogger();
  warnOnDiscouragedParams(new Anthropic({ apiKey: 'k', logger }), params);
  return lines.filter((line) => line.level === 'warn').map((line) => String(line.args[0]));
}

// First in the file: each model is warned about once per process, and the thinking tests below use
// claude-mythos-preview too.
describe('deprecated models', () => {
  it.each([
    ['claude-mythos-preview', 'June 30th, 2026'],
    ['claude-opus-4-5', 'January 22nd, 2027'],
    ['claude-opus-4-5-20251101', 'January 22nd, 2027'],
    ['claude-sonnet-4-5', 'November 30th, 2026'],
    ['claude-sonnet-4-5-20250929', 'November 30th, 2026'],
  ])('warns once per process about %s through the client logger, naming its end-of-life date', (model, date) => {
    const consoleWarn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const first = warnings({ model });
      expect(first).toHaveLength(1);
      expect(first[0]).toContain(`The model '${model}' is deprecated and will reach end-of-life on ${date}.`);
      // A second client in the same process: already warned.
      expect(warnings({ model })).toEqual([]);
      expect(consoleWarn).not.toHaveBeenCalled();
    } finally {
      consoleWarn.mockRestore();
    }
  });

  it('ignores current models, ids it does not list, and names of Object.prototype', () => {
    for (const model of ['claude-opus-4-6', 'claude-sonnet-4-6', 'claude-opus-4-5@20251101', 'constructor', 'toString'])
      expect(warnings({ model })).toEqual([]);
  });
});

describe('thinking.type "enabled"', () => {
  it.each(['claude-opus-4-6', 'claude-mythos-preview'])('warns about thinking.type "enabled" on %s', (model) => {
    const lines = warnings({ model, thinking: { type: 'enabled' } });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(model);
    expect(lines[0]).toContain('adaptive');
  });

  it('is quiet for adaptive thinking, other models and no thinking', () => {
    expect(warnings({ model: 'claude-opus-4-6', thinking: { type: 'adaptive' } })).toEqual([]);
    expect(warnings({ model: 'claude-haiku-4-5', thinking: { type: 'enabled' } })).toEqual([]);
    expect(warnings({ model: 'claude-opus-4-6' })).toEqual([]);
    expect(warnings({ model: 'claude-opus-4-6', thinking: null })).toEqual([]);
  });
});
