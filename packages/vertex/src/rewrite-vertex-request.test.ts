import { AnthropicError } from '@anth/core';
import { describe, expect, it } from 'vitest';
import { rewriteVertexRequest, vertexEndpoint } from './rewrite-vertex-request.js';

const BASE = 'https://us-east5-aiplatform.googleapis.com/v1';
const rewrite = (endpoint: 'messages' | 'count_tokens', url: string, body: unknown, project = 'p') => rewriteVertexRequest(endpoint, { url, body, project, region: 'us-east5' });

describe('vertexEndpoint', () => {
  it('classifies by method and path suffix, so a base path survives', () => {
    expect(vertexEndpoint('POST', '/v1/v1/messages', '/v1/messages')).toBe('messages');
    expect(vertexEndpoint('POST', '/proxy/v1/v1/messages/count_tokens', '/v1/messages/count_tokens?beta=true')).toBe('count_tokens');
    expect(() => vertexEndpoint('GET', '/v1/v1/messages', '/v1/messages')).toThrow(
      new AnthropicError('GET /v1/messages is not supported in the Vertex client: Vertex AI serves only messages (create, stream) and count_tokens.'),
    );
  });
});

describe('rewriteVertexRequest', () => {
  it('messages: model into the path as is (`@` kept), stream kept in the body, version added, ?beta dropped, other query kept', () => {
    const { url, body } = rewrite('messages', `${BASE}/v1/messages?beta=true&trace=1`, { model: 'claude-opus-4-1@20250805', stream: true, max_tokens: 5 });
    expect(url).toBe(`${BASE}/projects/p/locations/us-east5/publishers/anthropic/models/claude-opus-4-1@20250805:streamRawPredict?trace=1`);
    expect(JSON.parse(body)).toEqual({ anthropic_version: 'vertex-2023-10-16', stream: true, max_tokens: 5 });
  });

  it('a falsy stream means :rawPredict; a given anthropic_version is kept', () => {
    const { url, body } = rewrite('messages', `${BASE}/v1/messages`, { model: 'm', stream: false, anthropic_version: 'vertex-2099-01-01' });
    expect(url.endsWith('/models/m:rawPredict')).toBe(true);
    expect(JSON.parse(body)).toEqual({ anthropic_version: 'vertex-2099-01-01', stream: false });
  });

  it('count_tokens keeps the model in the body', () => {
    const { url, body } = rewrite('count_tokens', `${BASE}/v1/messages/count_tokens`, { model: 'm', messages: [] });
    expect(url).toBe(`${BASE}/projects/p/locations/us-east5/publishers/anthropic/models/count-tokens:rawPredict`);
    expect(JSON.parse(body)).toEqual({ anthropic_version: 'vertex-2023-10-16', model: 'm', messages: [] });
  });

  it('refuses values that would change the URL structure, and non-object bodies', () => {
    expect(() => rewrite('messages', `${BASE}/v1/messages`, { model: 'publishers/x/models/m' })).toThrow(/Vertex AI needs a model id such as "claude-sonnet-4-5@20250929" in `model`.*got "publishers\/x\/models\/m"/);
    expect(() => rewrite('messages', `${BASE}/v1/messages`, { max_tokens: 1 })).toThrow(/got undefined\.$/);
    expect(() => rewrite('messages', `${BASE}/v1/messages`, { model: 'm' }, 'p/../other')).toThrow(`Invalid Vertex AI projectId "p/../other": it may not contain '/', '?', '#', '%' or spaces.`);
    expect(() => rewrite('count_tokens', `${BASE}/v1/messages/count_tokens`, [])).toThrow('Expected the body of POST /v1/messages/count_tokens to be a JSON object for Vertex AI.');
  });
});
