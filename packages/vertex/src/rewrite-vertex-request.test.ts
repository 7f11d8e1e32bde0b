import { AnthropicError } from '@anth/core';
import { describe, expect, it } from 'vitest';
import { invalidVertexValue, rewriteVertexRequest, VERTEX_PATH } from './rewrite-vertex-request.js';

const BASE = 'https://us-east5-aiplatform.googleapis.com/v1';
const rewrite = (
  url: string,
  body: Record<string, unknown>,
  project = 'p',
  region = 'us-east5',
  version: string | null = '2026-10-21',
) => {
  const rewritten = rewriteVertexRequest(new URL(url), body, project, region, version);
  return { url: rewritten.url.toString(), body: rewritten.body };
};

describe('VERTEX_PATH', () => {
  it('matches the two served endpoints by path suffix, so a base path survives', () => {
    expect(VERTEX_PATH.exec('/v1/v1/messages')?.[1]).toBeUndefined();
    expect(VERTEX_PATH.exec('/proxy/v1/v1/messages/count_tokens')?.[1]).toBe('/count_tokens');
    for (const path of ['/v1/v1/messages/batches', '/v1/v1/models', '/v1/v1/complete', '/v1/v1/messages/x'])
      expect(VERTEX_PATH.test(path)).toBe(false);
  });
});

describe('rewriteVertexRequest', () => {
  it('messages: model into the path (`@` kept), stream kept in the body, the request’s version added, ?beta dropped, other query kept', () => {
    const { url, body } = rewrite(`${BASE}/v1/messages?beta=true&trace=1`, {
      model: 'claude-opus-4-1@20250805',
      stream: true,
      max_tokens: 5,
    });
    expect(url).toBe(
      `${BASE}/projects/p/locations/us-east5/publishers/anthropic/models/claude-opus-4-1@20250805:streamRawPredict?trace=1`,
    );
    expect(JSON.parse(body)).toEqual({ anthropic_version: '2026-10-21', stream: true, max_tokens: 5 });
  });

  it('a falsy stream means :rawPredict; a given anthropic_version is kept', () => {
    const { url, body } = rewrite(`${BASE}/v1/messages`, {
      model: 'm',
      stream: false,
      anthropic_version: 'vertex-2099-01-01',
    });
    expect(url.endsWith('/models/m:rawPredict')).toBe(true);
    expect(JSON.parse(body)).toEqual({ anthropic_version: 'vertex-2099-01-01', stream: false });
  });

  it('count_tokens keeps the model in the body', () => {
    const { url, body } = rewrite(`${BASE}/v1/messages/count_tokens`, { model: 'm', messages: [] });
    expect(url).toBe(`${BASE}/projects/p/locations/us-east5/publishers/anthropic/models/count-tokens:rawPredict`);
    expect(JSON.parse(body)).toEqual({ anthropic_version: '2026-10-21', model: 'm', messages: [] });
  });

  it('takes the version from the request: whatever its anthropic-version header says, none without one', () => {
    expect(
      JSON.parse(rewrite(`${BASE}/v1/messages`, { model: 'm' }, 'p', 'us-east5', 'vertex-2023-10-16').body),
    ).toEqual({ anthropic_version: 'vertex-2023-10-16' });
    expect(JSON.parse(rewrite(`${BASE}/v1/messages`, { model: 'm' }, 'p', 'us-east5', null).body)).toEqual({});
  });

  it('percent-encodes project, region and model as single path segments (/ and ; included)', () => {
    const { url } = rewrite(`${BASE}/v1/messages`, { model: 'publishers/x/models/m;v=1' }, 'p/../other', 'us;east5');
    expect(url).toBe(
      `${BASE}/projects/p%2F..%2Fother/locations/us%3Beast5/publishers/anthropic/models/publishers%2Fx%2Fmodels%2Fm%3Bv%3D1:rawPredict`,
    );
    expect(rewrite(`${BASE}/v1/messages`, { model: 'm:streamRawPredict' }).url).toMatch(
      /\/models\/m%3AstreamRawPredict:rawPredict$/,
    );
    expect(rewrite(`${BASE}/v1/messages`, { model: 'm' }, 'my project').url).toContain('/projects/my%20project/');
  });

  it('refuses an empty model, and a project or region that is empty, "." or "..", naming the value', () => {
    expect(() => rewrite(`${BASE}/v1/messages`, { model: '' })).toThrow(
      new AnthropicError('Invalid Vertex AI model "": expected an id such as claude-sonnet-4-5@20250929.'),
    );
    expect(() => rewrite(`${BASE}/v1/messages`, { max_tokens: 1 })).toThrow(
      'Invalid Vertex AI model undefined: expected an id such as claude-sonnet-4-5@20250929.',
    );
    for (const project of ['', '.', '..'])
      expect(() => rewrite(`${BASE}/v1/messages`, { model: 'm' }, project)).toThrow(
        `Invalid Vertex AI projectId ${JSON.stringify(project)}: expected a name other than "", "." or "..".`,
      );
    expect(() => rewrite(`${BASE}/v1/messages/count_tokens`, { model: 'm' }, 'p', '..')).toThrow(
      'Invalid Vertex AI region "..": expected a name other than "", "." or "..".',
    );
  });

  it('invalidVertexValue names the option, its value and what was expected', () => {
    expect(invalidVertexValue('region', 'x y', 'a location')).toEqual(
      new AnthropicError('Invalid Vertex AI region "x y": expected a location.'),
    );
  });
});
