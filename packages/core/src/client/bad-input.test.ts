import { describe, expect, it } from 'vitest';
import { AnthropicError } from '../errors/anthropic-error.js';
import { recordingFetch } from '../transport/test-fetch.js';
import { Anthropic } from './anthropic.js';

// Issue 9: bad input gets an AnthropicError that names the option or field, shows the value (secrets
// redacted) and says what was expected, before anything is sent — never a bare TypeError from fetch.

function clientRecording(options: ConstructorParameters<typeof Anthropic>[0] = {}) {
  const { fetch, requests } = recordingFetch();
  const client = new Anthropic({ apiKey: 'sk-test', baseURL: 'http://api.test', maxRetries: 0, fetch, ...options });
  return { client, requests };
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AnthropicError);
  expect(error).not.toBeInstanceOf(TypeError);
  return error as Error;
}

describe('bad headers are refused before sending', () => {
  it('a line break in a defaultHeaders value', async () => {
    const { client, requests } = clientRecording({ defaultHeaders: { 'x-trace': 'a\r\nx-injected: 1' } });
    const error = await failure(client.get('/v1/models'));
    expect(error.message).toBe(
      'Header "x-trace" has an invalid value "a\\r\\nx-injected: 1": header values are strings without line breaks or control characters.',
    );
    expect(requests).toHaveLength(0);
  });

  it('a line break in a per-request header value, and a credential header shown redacted', async () => {
    const { client, requests } = clientRecording();
    const error = await failure(client.get('/v1/models', { headers: { 'x-note': 'line\nbreak' } }));
    expect(error.message).toMatch(/^Header "x-note" has an invalid value "line\\nbreak"/);
    const secret = await failure(client.get('/v1/models', { headers: { authorization: 'Bearer sk-secret\n' } }));
    expect(secret.message).toMatch(/^Header "authorization" has an invalid value \(redacted\)/);
    expect(secret.message).not.toMatch(/sk-secret/);
    expect(requests).toHaveLength(0);
  });

  it('a value that is not a string (an untyped caller), wherever it comes from', async () => {
    const { client, requests } = clientRecording({ defaultHeaders: { 'x-tags': ['a'] as unknown as string } });
    expect((await failure(client.get('/v1/models'))).message).toBe(
      'Header "x-tags" has an invalid value ["a"]: header values are strings without line breaks or control characters.',
    );
    const plain = clientRecording();
    const count = await failure(plain.client.get('/v1/models', { headers: { 'x-count': 3 as unknown as string } }));
    expect(count.message).toMatch(/^Header "x-count" has an invalid value 3: /);
    expect(requests).toHaveLength(0);
    expect(plain.requests).toHaveLength(0);
  });

  it('a header name that is not a token', async () => {
    const { client, requests } = clientRecording();
    const error = await failure(client.get('/v1/models', { headers: { 'bad header': 'x' } }));
    expect(error.message).toMatch(/^Header name "bad header" is invalid/);
    const colon = await failure(client.get('/v1/models', { headers: { 'x:y': 'z' } }));
    expect(colon.message).toMatch(/^Header name "x:y" is invalid/);
    expect(requests).toHaveLength(0);
  });
});

describe('bad options are refused at construction', () => {
  it('a line break in apiKey, without showing the key', () => {
    expect(() => new Anthropic({ apiKey: 'sk-ant-secret\n' })).toThrow(AnthropicError);
    expect(() => new Anthropic({ apiKey: 'sk-ant-secret\n' })).toThrow(
      /^apiKey contains a line break or control character, which cannot be sent in a header/,
    );
    expect(() => new Anthropic({ apiKey: 'sk-ant-secret\n' })).not.toThrow(/secret/);
  });

  it('a baseURL fetch could not use (a port out of range), naming the option', () => {
    expect(() => new Anthropic({ apiKey: 'k', baseURL: 'http://127.0.0.1:99999' })).toThrow(
      'baseURL must be an absolute http(s) URL with a valid host and port, such as https://api.anthropic.com; received "http://127.0.0.1:99999"',
    );
  });

  it('maxRetries says what it counts, without talking about milliseconds', () => {
    expect(() => new Anthropic({ apiKey: 'k', maxRetries: 1.5 })).toThrow(
      'maxRetries must be an integer ≥ 0; received 1.5',
    );
    expect(() => new Anthropic({ apiKey: 'k', timeout: -1 })).toThrow(
      'timeout must be an integer ≥ 0 (milliseconds); received -1',
    );
  });
});

describe('bodies JSON cannot encode are refused before sending, naming the field', () => {
  it('a circular reference', async () => {
    const { client, requests } = clientRecording();
    const metadata: Record<string, unknown> = { user_id: 'u' };
    metadata['self'] = metadata;
    const error = await failure(client.post('/v1/messages', { body: { model: 'm', messages: [], metadata } }));
    expect(error.message).toBe(
      'The request body cannot be sent as JSON: field `metadata.self` refers back to one of its parents (a circular reference).',
    );
    expect(error.cause).toBeInstanceOf(TypeError);
    expect(requests).toHaveLength(0);
  });

  it('a BigInt anywhere', async () => {
    const { client, requests } = clientRecording();
    const error = await failure(
      client.post('/v1/messages', { body: { model: 'm', messages: [{ role: 'user', content: [{ n: 10n }] }] } }),
    );
    expect(error.message).toBe(
      'The request body cannot be sent as JSON: field `messages[0].content[0].n` is a BigInt (10n); send it as a number or a string.',
    );
    expect(requests).toHaveLength(0);
  });
});
