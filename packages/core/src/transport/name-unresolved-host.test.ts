import { expect, it } from 'vitest';
import { APIConnectionError } from '../errors/connection-errors.js';
import { nameUnresolvedHost } from './name-unresolved-host.js';

const lookupFailed = (): Promise<Response> =>
  Promise.reject(
    new TypeError('fetch failed', {
      cause: Object.assign(new Error('getaddrinfo ENOTFOUND x.invalid'), { code: 'ENOTFOUND' }),
    }),
  );

it('turns a failed DNS lookup into an APIConnectionError naming the host, cause kept', async () => {
  const send = nameUnresolvedHost(lookupFailed, 'region "us-east5"');
  const error = await send(new Request('https://us-east5-aiplatform.invalid/v1/x')).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(APIConnectionError);
  expect((error as Error).message).toBe('Could not resolve host us-east5-aiplatform.invalid (region "us-east5").');
  expect((error as Error).cause).toBeInstanceOf(TypeError);
});

it('passes other failures and responses through unchanged', async () => {
  const refused = new TypeError('fetch failed', {
    cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
  });
  await expect(
    nameUnresolvedHost(() => Promise.reject(refused), 'unused')(new Request('https://a.test/')),
  ).rejects.toBe(refused);
  const response = new Response('ok');
  await expect(nameUnresolvedHost(async () => response, 'unused')(new Request('https://a.test/'))).resolves.toBe(
    response,
  );
});
