import { describe, expect, it } from 'vitest';
import { recordingLogger } from '../transport/test-fetch.js';
import { Anthropic } from './anthropic.js';
import { warnOnDiscouragedParams } from './warn-discouraged-params.js';

function warnings(params: Parameters<typeof warnOnDiscouragedParams>[1]): string[] {
  const { logger, lines } = recordingLogger();
  warnOnDiscouragedParams(new Anthropic({ apiKey: 'k', logger }), params);
  return lines.filter((line) => line.level === 'warn').map((line) => String(line.args[0]));
}

describe('warnOnDiscouragedParams', () => {
  it.each(['claude-opus-4-6', 'claude-mythos-preview'])('warns about thinking.type "enabled" on %s', (model) => {
    const lines = warnings({ model, thinking: { type: 'enabled' } });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(model);
    expect(lines[0]).toContain('adaptive');
  });

  it('is quiet for adaptive thinking, other models and no thinking', () => {
    expect(warnings({ model: 'claude-opus-4-6', thinking: { type: 'adaptive' } })).toEqual([]);
    expect(warnings({ model: 'claude-sonnet-4-5', thinking: { type: 'enabled' } })).toEqual([]);
    expect(warnings({ model: 'claude-opus-4-6' })).toEqual([]);
    expect(warnings({ model: 'claude-opus-4-6', thinking: null })).toEqual([]);
  });
});
