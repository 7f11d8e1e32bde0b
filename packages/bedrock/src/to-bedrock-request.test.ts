import { AnthropicError } from '@anth/core';
import { describe, expect, it } from 'vitest';
import { toBedrockRequest } from './to-bedrock-request.js';

const BASE = 'https://bedrock-runtime.us-east-1.amazonaws.com';
const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  new Request(`${BASE}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'anthropic-version': '2026-10-21', ...headers },
    body: JSON.stringify(body),
  });

describe('toBedrockRequest', () => {
  it('moves model to the path, drops stream and ?beta, moves the version header into the body, keeps other query parameters', async () => {
    const rewritten = await toBedrockRequest(
      post('/v1/messages?beta=true&trace=1', { model: 'anthropic.claude-x-v1:0', stream: false, max_tokens: 1 }),
      BASE,
    );
    expect(rewritten.url.href).toBe(`${BASE}/model/anthropic.claude-x-v1:0/invoke?trace=1`);
    expect(JSON.parse(rewritten.body)).toEqual({ anthropic_version: '2026-10-21', max_tokens: 1 });
    expect(rewritten.headers.has('anthropic-version')).toBe(false);
  });

  it('takes the version of the request: 2023-06-01 for a legacy completion; none without a header', async () => {
    const legacy = await toBedrockRequest(
      post('/v1/complete', { model: 'm', prompt: 'p' }, { 'anthropic-version': '2023-06-01' }),
      BASE,
    );
    expect(JSON.parse(legacy.body)).toEqual({ anthropic_version: '2023-06-01', prompt: 'p' });
    const request = post('/v1/messages', { model: 'm' });
    request.headers.delete('anthropic-version');
    expect(JSON.parse((await toBedrockRequest(request, BASE)).body)).toEqual({});
  });

  it('moves anthropic-user-profile-id into the body on messages only; a body value wins', async () => {
    const moved = await toBedrockRequest(
      post('/v1/messages', { model: 'm' }, { 'anthropic-user-profile-id': 'prof_1' }),
      BASE,
    );
    expect(JSON.parse(moved.body)).toEqual({ anthropic_version: '2026-10-21', user_profile_id: 'prof_1' });
    expect(moved.headers.has('anthropic-user-profile-id')).toBe(false);
    const kept = await toBedrockRequest(
      post('/v1/messages', { model: 'm', user_profile_id: 'prof_body' }, { 'anthropic-user-profile-id': 'prof_1' }),
      BASE,
    );
    expect(JSON.parse(kept.body)).toMatchObject({ user_profile_id: 'prof_body' });
    const legacy = await toBedrockRequest(
      post('/v1/complete', { model: 'm', prompt: 'p' }, { 'anthropic-user-profile-id': 'prof_1' }),
      BASE,
    );
    expect(JSON.parse(legacy.body)).not.toHaveProperty('user_profile_id');
    expect(legacy.headers.get('anthropic-user-profile-id')).toBe('prof_1');
  });

  it('streams to invoke-with-response-stream and leaves no bare "?"', async () => {
    const rewritten = await toBedrockRequest(
      post('/v1/complete?beta=true', { model: 'm', stream: true, prompt: 'p' }),
      BASE,
    );
    expect(rewritten.url.href).toBe(`${BASE}/model/m/invoke-with-response-stream`);
  });

  it('keeps a version or betas the body already has; otherwise splits and trims the header', async () => {
    const kept = await toBedrockRequest(
      post(
        '/v1/messages',
        { model: 'm', anthropic_version: 'custom', anthropic_beta: ['mine'] },
        { 'anthropic-beta': 'other' },
      ),
      BASE,
    );
    expect(JSON.parse(kept.body)).toEqual({ anthropic_version: 'custom', anthropic_beta: ['mine'] });
    const split = await toBedrockRequest(
      post('/v1/messages', { model: 'm' }, { 'anthropic-beta': ' a-1 , ,b-2 ' }),
      BASE,
    );
    expect(JSON.parse(split.body)).toEqual({ anthropic_version: '2026-10-21', anthropic_beta: ['a-1', 'b-2'] });
    expect(split.headers.get('anthropic-beta')).toBe('a-1 , ,b-2');
  });

  it('encodes the model as one path segment', async () => {
    const rewritten = await toBedrockRequest(
      post('/v1/messages', {
        model: 'arn:aws:bedrock:us-east-2:1234:inference-profile/us.anthropic.claude-3-7-sonnet-20250219-v1:0',
      }),
      BASE,
    );
    expect(rewritten.url.pathname).toBe(
      '/model/arn:aws:bedrock:us-east-2:1234:inference-profile%2Fus.anthropic.claude-3-7-sonnet-20250219-v1:0/invoke',
    );
  });

  it('refuses a body that is not a JSON object, or has no model', async () => {
    await expect(
      toBedrockRequest(new Request(`${BASE}/v1/messages`, { method: 'POST', body: '[1]' }), BASE),
    ).rejects.toThrow(new AnthropicError('Expected a JSON object as the body of POST /v1/messages for Bedrock.'));
    await expect(toBedrockRequest(post('/v1/messages', { model: '' }), BASE)).rejects.toThrow(/^Expected `model`/);
  });
});
