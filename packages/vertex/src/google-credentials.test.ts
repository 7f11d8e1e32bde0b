import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APIConnectionError, AuthenticationError, type Message } from '@anth/core';
import { startEmulator } from '@anth/emulator/node';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AnthropicVertex } from './anthropic-vertex.js';
import { authorizations, emulatedVertex, ENV_NAMES, PARAMS } from './test-helpers.js';
import type { GoogleAuthClient } from './vertex-options.js';

beforeEach(() => {
  for (const name of ENV_NAMES) vi.stubEnv(name, undefined);
});
afterEach(() => {
  vi.unstubAllEnvs();
});

/**
 * An AuthClient that behaves like google-auth-library's OAuth2 clients: it keeps its token until
 * `refreshAccessToken()` (or a missing token) makes it mint a new one, and reports the expiry in
 * `credentials.expiry_date` when `lifetimeMs` is set. No network.
 */
function fakeAuthClient(
  options: { projectId?: string; userProject?: string; lifetimeMs?: number; refreshable?: boolean } = {},
) {
  let minted = 0;
  let token: string | undefined;
  const calls = { getRequestHeaders: 0, refreshAccessToken: 0 };
  const mint = (): string => {
    minted += 1;
    token = `ya29.client-${minted}`;
    if (options.lifetimeMs !== undefined) client.credentials.expiry_date = Date.now() + options.lifetimeMs;
    return token;
  };
  const client: GoogleAuthClient & {
    credentials: { expiry_date?: number };
    getAccessToken(): Promise<{ token: string }>;
  } = {
    projectId: options.projectId,
    credentials: {},
    async getAccessToken() {
      return { token: token ?? mint() };
    },
    async getRequestHeaders() {
      calls.getRequestHeaders += 1;
      const headers = new Headers({ authorization: `Bearer ${token ?? mint()}` });
      if (options.userProject) headers.set('x-goog-user-project', options.userProject);
      return headers;
    },
    ...(options.refreshable === false
      ? {}
      : {
          async refreshAccessToken() {
            calls.refreshAccessToken += 1;
            mint();
            return {};
          },
        }),
  };
  return { client, calls };
}

const TOKENS = ['ya29.client-1', 'ya29.client-2', 'ya29.client-3'];

describe('AnthropicVertex with an authClient or googleAuth (no google-auth-library, no network)', () => {
  it('sends the client headers (authorization, x-goog-user-project) and takes the project from authClient.projectId', async () => {
    const { client: authClient } = fakeAuthClient({ projectId: 'client-project', userProject: 'quota-project' });
    const { client, emulator } = emulatedVertex({ accessToken: undefined, authClient, projectId: undefined }, TOKENS);
    await client.post('/v1/messages', { body: PARAMS });
    const [request] = emulator.requests;
    expect(request?.headers.get('authorization')).toBe('Bearer ya29.client-1');
    expect(request?.headers.get('x-goog-user-project')).toBe('quota-project');
    expect(request?.url).toContain('/projects/client-project/');
  });

  it('falls back to the x-goog-user-project header for the project; an explicit projectId wins over both', async () => {
    const { client: authClient } = fakeAuthClient({ userProject: 'quota-project' });
    const fromHeader = emulatedVertex({ accessToken: undefined, authClient, projectId: undefined }, TOKENS);
    await fromHeader.client.post('/v1/messages', { body: PARAMS });
    expect(fromHeader.emulator.requests[0]?.url).toContain('/projects/quota-project/');
    const explicit = emulatedVertex({ accessToken: undefined, authClient, projectId: 'explicit' }, TOKENS);
    await explicit.client.post('/v1/messages', { body: PARAMS });
    expect(explicit.emulator.requests[0]?.url).toContain('/projects/explicit/');
  });

  it('googleAuth: getClient() once, then its headers on every request', async () => {
    const { client: authClient, calls } = fakeAuthClient();
    let getClientCalls = 0;
    const googleAuth = { getClient: async () => ((getClientCalls += 1), authClient) };
    const { client, emulator } = emulatedVertex({ accessToken: undefined, googleAuth }, TOKENS);
    await client.post('/v1/messages', { body: PARAMS });
    await client.post('/v1/messages', { body: PARAMS });
    expect(getClientCalls).toBe(1);
    // No expiry known: the library is asked per request (it caches its token itself).
    expect(calls.getRequestHeaders).toBe(2);
    expect(authorizations(emulator)).toEqual(['Bearer ya29.client-1', 'Bearer ya29.client-1']);
  });

  it('caches the headers while credentials.expiry_date is ahead', async () => {
    const { client: authClient, calls } = fakeAuthClient({ lifetimeMs: 3_600_000 });
    const { client } = emulatedVertex({ accessToken: undefined, authClient }, TOKENS);
    await client.post('/v1/messages', { body: PARAMS });
    await client.post('/v1/messages', { body: PARAMS });
    expect(calls.getRequestHeaders).toBe(1);
  });

  it('a 401: asks the client to refresh (refreshAccessToken), resends once with the new token', async () => {
    const { client: authClient, calls } = fakeAuthClient({ lifetimeMs: 3_600_000 });
    const { client, emulator } = emulatedVertex({ accessToken: undefined, authClient }, TOKENS);
    emulator.expireToken('ya29.client-1');
    const message = await client.post<Message>('/v1/messages', { body: PARAMS });
    expect(message.type).toBe('message');
    expect(authorizations(emulator)).toEqual(['Bearer ya29.client-1', 'Bearer ya29.client-2']);
    expect(calls.refreshAccessToken).toBe(1);
  });

  it('a client that cannot refresh returns the same token: no pointless resend, the 401 stands', async () => {
    const { client: authClient } = fakeAuthClient({ refreshable: false });
    const { client, emulator } = emulatedVertex({ accessToken: undefined, authClient, maxRetries: 2 }, TOKENS);
    emulator.expireToken('ya29.client-1');
    await expect(client.post('/v1/messages', { body: PARAMS })).rejects.toBeInstanceOf(AuthenticationError);
    expect(emulator.requests).toHaveLength(1);
  });

  it('a failure to get headers is APIConnectionError("Failed to acquire Google OAuth credentials.") with the cause', async () => {
    const cause = new Error('invalid_grant: Token has been expired or revoked.');
    const authClient: GoogleAuthClient = { getRequestHeaders: () => Promise.reject(cause) };
    const { client, emulator } = emulatedVertex({ accessToken: undefined, authClient });
    const error = await client.post('/v1/messages', { body: PARAMS }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(APIConnectionError); // so the transport retries it
    expect((error as Error).message).toBe('Failed to acquire Google OAuth credentials.');
    expect((error as Error).cause).toBe(cause);
    expect(emulator.requests).toEqual([]);
    const noHeader = emulatedVertex({ accessToken: undefined, authClient: { getRequestHeaders: async () => ({}) } });
    await expect(noHeader.client.post('/v1/messages', { body: PARAMS })).rejects.toThrow(
      'Failed to acquire Google OAuth credentials.',
    );
  });
});

describe('Application Default Credentials through the real google-auth-library, against the emulator', () => {
  beforeEach(() => {
    // google-auth-library looks for a project while it builds the client, ending at the GCE metadata
    // server: give it one from the environment and point the metadata server at a closed loopback
    // port, so nothing leaves the machine.
    vi.stubEnv('GOOGLE_CLOUD_PROJECT', 'gcloud-default-project');
    vi.stubEnv('METADATA_SERVER_DETECTION', 'none');
    vi.stubEnv('GCE_METADATA_HOST', '127.0.0.1:1');
  });

  it('loads google-auth-library on the first request, refreshes a token at the emulator, and learns the project from quota_project_id', async () => {
    const served = await startEmulator({ backends: { vertex: { authTokens: [] } } });
    const emulator = served.vertex;
    const directory = await mkdtemp(join(tmpdir(), 'anth-vertex-adc-'));
    try {
      const credentialsFile = join(directory, 'credentials.json');
      // An external-account authorized user: the ADC file type whose token endpoint is configurable.
      await writeFile(
        credentialsFile,
        JSON.stringify({
          type: 'external_account_authorized_user',
          audience: '//iam.googleapis.com/locations/global/workforcePools/pool/providers/provider',
          client_id: 'client-id',
          client_secret: 'client-secret',
          refresh_token: 'refresh-token',
          token_url: new URL('/token', emulator.url).href,
          quota_project_id: 'adc-project',
        }),
      );
      vi.stubEnv('GOOGLE_APPLICATION_CREDENTIALS', credentialsFile);
      const client = new AnthropicVertex({ region: 'us-east5', baseURL: emulator.url, maxRetries: 0 });
      const message = await client.post<Message>('/v1/messages', { body: PARAMS });
      expect(message.type).toBe('message');
      const [tokenRequest, predict] = emulator.requests;
      expect(tokenRequest?.path).toBe('/token');
      expect(new URLSearchParams(tokenRequest?.rawBody).get('refresh_token')).toBe('refresh-token');
      expect(predict?.path).toBe(
        '/v1/projects/adc-project/locations/us-east5/publishers/anthropic/models/claude-sonnet-4-5@20250929:rawPredict',
      );
      expect(predict?.headers.get('authorization')).toMatch(/^Bearer ya29\.emulator-1-/);
      expect(predict?.headers.get('x-goog-user-project')).toBe('adc-project');
    } finally {
      await served.close();
      await rm(directory, { recursive: true, force: true });
    }
  });

  it('without any ADC source it fails with the credentials error (no request to Vertex)', async () => {
    vi.stubEnv('GOOGLE_APPLICATION_CREDENTIALS', join(tmpdir(), 'anth-vertex-missing-credentials.json'));
    const { client, emulator } = emulatedVertex({ accessToken: undefined });
    const error = await client.post('/v1/messages', { body: PARAMS }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toBe('Failed to acquire Google OAuth credentials.');
    expect(String((error as Error).cause)).toMatch(/anth-vertex-missing-credentials\.json/);
    expect(emulator.requests).toEqual([]);
  });
});
