import { expect, it } from 'vitest';
import { readEnv } from './read-env.js';

it('treats a forbidden environment read (Deno without --allow-env, whose process.env throws) as unset', () => {
  const forbidden = new Proxy(
    {},
    {
      get: () => {
        throw new Error('NotCapable: Requires env access');
      },
    },
  );
  expect(readEnv('ANTHROPIC_API_KEY', { process: { env: forbidden } })).toBeUndefined();
  expect(
    readEnv('ANTHROPIC_API_KEY', {
      Deno: {
        env: {
          get: () => {
            throw new Error('PermissionDenied');
          },
        },
      },
    }),
  ).toBeUndefined();
});

it('reads Deno.env when there is no process, trimming and treating blank as unset', () => {
  const deno = {
    Deno: { env: { get: (name: string) => (({ A: '  value ', B: '   ' }) as Record<string, string>)[name] } },
  };
  expect(readEnv('A', deno)).toBe('value');
  expect(readEnv('B', deno)).toBeUndefined();
});

it('returns undefined where there is no environment at all (browsers, workers)', () => {
  expect(readEnv('ANTHROPIC_API_KEY', {})).toBeUndefined();
});
