import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { AnthropicError } from '../errors/anthropic-error.js';
import { APIConnectionError } from '../errors/connection-errors.js';
import { createCachedCredential } from './cached-credential.js';
import { loadCredentialTools } from './load-credential-tools.js';

it("loads the token machinery, throwing core's AnthropicError, with core's cache and error classes", async () => {
  const tools = await loadCredentialTools();
  expect(tools).toMatchObject({ createCachedCredential, AnthropicError, APIConnectionError });
  const tokens = tools.createCachedCredential(
    tools.tokenFetcher(() => Promise.reject(new Error('down')), 'azureADTokenProvider'),
  );
  const error = await tools
    .sendWithToken(tokens, async () => new Response('unreachable'))
    .catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(AnthropicError);
  expect((error as Error).message).toBe('Failed to get token from azureADTokenProvider: down');
});

it('the lazily loaded module imports nothing at run time, and only the loader reaches it', async () => {
  // Bundlers emit that chunk wherever @anth/core/internal goes: a run-time import would then be
  // shared with (or wrapped inside) the eager code of every bundle.
  const module = await readFile(new URL('./token-auth.ts', import.meta.url), 'utf8');
  expect(module.match(/^import (?!type ).*$/gm)).toBeNull();
  const internal = await readFile(new URL('../internal.ts', import.meta.url), 'utf8');
  expect(internal).not.toMatch(/from '\.\/auth\/token-auth\.js'/);
});
