import { describe, expect, it } from 'vitest';
import { checkPort, resolveBackends } from './resolve-backends.js';

describe('resolveBackends', () => {
  it('defaults to the first-party API', () => {
    expect(resolveBackends(undefined)).toEqual([{ name: 'anthropic', fetchOptions: { backend: 'anthropic' } }]);
  });

  it('takes names in order, or names mapped to options, true, or undefined (left out)', () => {
    expect(resolveBackends(['bedrock', 'anthropic']).map(({ name }) => name)).toEqual(['bedrock', 'anthropic']);
    expect(resolveBackends({ vertex: { authTokens: ['t'] }, anthropic: true, foundry: undefined })).toEqual([
      { name: 'vertex', fetchOptions: { authTokens: ['t'], backend: 'vertex' } },
      { name: 'anthropic', fetchOptions: { backend: 'anthropic' } },
    ]);
  });

  it('names the bad entry: unknown name, a name twice, options that are not an object, none at all', () => {
    expect(() => resolveBackends(['anthropic', 'azure'])).toThrow(
      new RangeError('backends[1] must be one of anthropic, bedrock, vertex, foundry; got "azure"'),
    );
    expect(() => resolveBackends(['bedrock', 'bedrock'])).toThrow('backends[1]: bedrock is listed twice');
    expect(() => resolveBackends({ vertex: 'yes' })).toThrow(
      new TypeError('backends.vertex must be true or an object of vertex options, got "yes"'),
    );
    expect(() => resolveBackends([])).toThrow('backends must name at least one backend');
    expect(() => resolveBackends('anthropic')).toThrow(TypeError);
  });
});

describe('checkPort', () => {
  it('accepts 0 to the highest port that leaves room for every backend', () => {
    expect(checkPort(undefined, 1)).toBe(0);
    expect(checkPort(65_535, 1)).toBe(65_535);
    expect(checkPort(65_532, 4)).toBe(65_532);
  });

  it('refuses anything else, saying why', () => {
    expect(() => checkPort(65_533, 4)).toThrow(
      'port must be an integer from 0 (a free port) to 65532 (4 backends take consecutive ports), got 65533',
    );
    for (const bad of [-1, 1.5, '4010', Number.NaN]) expect(() => checkPort(bad, 1)).toThrow(RangeError);
  });
});
