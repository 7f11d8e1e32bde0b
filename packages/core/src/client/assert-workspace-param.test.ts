import { describe, expect, it } from 'vitest';
import { AnthropicError } from '../errors/anthropic-error.js';
import { assertWorkspaceParam } from './assert-workspace-param.js';

describe('assertWorkspaceParam', () => {
  it('accepts a string or no workspace_id', () => {
    expect(() => assertWorkspaceParam({ workspace_id: 'wrkspc_01' }, 'listFiles')).not.toThrow();
    expect(() => assertWorkspaceParam({}, 'listFiles')).not.toThrow();
    expect(() => assertWorkspaceParam({ workspace_id: undefined }, 'listFiles')).not.toThrow();
  });

  it.each([
    [42, 'number'],
    [null, 'null'],
    [{ id: 'wrkspc_01' }, 'object'],
    [['wrkspc_01'], 'object'],
    [true, 'boolean'],
  ])('refuses %j with an AnthropicError naming the method, the param and what it got', (value, kind) => {
    const call = () => assertWorkspaceParam({ workspace_id: value as unknown as string }, 'listFiles');
    expect(call).toThrow(AnthropicError);
    expect(call).toThrow(`listFiles needs workspace_id as a string; received ${kind}.`);
  });
});
