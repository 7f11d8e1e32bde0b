import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { Anthropic } from '../client/anthropic.js';
import { AnthropicError } from '../errors/anthropic-error.js';
import { APIUserAbortError } from '../errors/connection-errors.js';
import { NotFoundError } from '../errors/status-errors.js';
import { Stream } from '../streaming/stream.js';
import { collect, createBody, splitBytes } from '../streaming/test-helpers.js';
import { errorResponse, recordingFetch } from '../transport/test-fetch.js';
import { requestBatchResults, type BatchResultsSource } from './batch-results.js';

const lines = [
  { custom_id: 'a', result: { type: 'succeeded', message: { content: [{ type: 'text', text: 'ça 日本 🎉' }] } } },
  {
    custom_id: 'b',
    result: {
      type: 'errored',
      error: { type: 'error', error: { type: 'invalid_request_error', message: 'bad' }, request_id: null },
    },
  },
  { custom_id: 'c', result: { type: 'canceled' } },
  { custom_id: 'd', result: { type: 'expired' } },
];
const jsonl = `${lines.map((line) => JSON.stringify(line)).join('\n')}\n`;
const resultsURL = 'https://results.example/v1/messages/batches/msgbatch_1/results';

function ended(overrides: Partial<BatchResultsSource> = {}): BatchResultsSource {
  return { id: 'msgbatch_1', processing_status: 'ended', results_url: resultsURL, ...overrides };
}

/** A client whose fetch serves `body` (cut at odd byte offsets) for any request. */
function clientServing(body: () => ReadableStream<Uint8Array>, contentType = 'application/binary') {
  const recorded = recordingFetch(
    () => new Response(body(), { headers: { 'content-type': contentType, 'request-id': 'req_results' } }),
  );
  const client = new Anthropic({
    apiKey: 'sk-test',
    baseURL: 'https://api.example',
    fetch: recorded.fetch,
    logLevel: 'off',
    maxRetries: 0,
  });
  return { client, requests: recorded.requests };
}

describe('requestBatchResults', () => {
  it('GETs the absolute results_url with Accept: application/binary and decodes lines split across chunks', async () => {
    const { client, requests } = clientServing(
      () => createBody(splitBytes(new TextEncoder().encode(jsonl), [3, 1, 17, 2, 64])).stream,
    );
    const seenOptions: unknown[] = [];
    const promise = requestBatchResults<(typeof lines)[number]>(
      client,
      async (options) => {
        seenOptions.push(options);
        return ended();
      },
      { headers: { 'x-trace': 't1' }, timeout: 5_000 },
    );
    const { data: results, request_id } = await promise.withResponse();
    expect(results).toBeInstanceOf(Stream);
    expect(request_id).toBe('req_results');
    expect(await collect(results)).toEqual(lines);
    // The lookup receives the caller's options (signal, headers, timeout…).
    expect(seenOptions).toEqual([{ headers: { 'x-trace': 't1' }, timeout: 5_000 }]);
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request?.method).toBe('GET');
    expect(request?.url).toBe(resultsURL); // the base URL is ignored for an absolute URL
    expect(request?.headers.get('accept')).toBe('application/binary');
    expect(request?.headers.get('x-trace')).toBe('t1');
    expect(request?.headers.get('authorization')).toBe('Bearer sk-test');
    expect(request?.headers.has('anthropic-beta')).toBe(false);
  });

  it('decodes JSON Lines whatever the content type says (even application/json)', async () => {
    const { client } = clientServing(() => createBody([jsonl]).stream, 'application/json');
    expect(await collect(await requestBatchResults(client, async () => ended()))).toEqual(lines);
  });

  it('sends the betas it is given (the beta variant) on the download', async () => {
    const { client, requests } = clientServing(() => createBody([jsonl]).stream);
    await collect(
      await requestBatchResults(client, async () => ended(), { betas: ['custom-beta', 'message-batches-2024-09-24'] }),
    );
    expect(requests[0]?.headers.get('anthropic-beta')).toBe('custom-beta,message-batches-2024-09-24');
  });

  it('throws the official message and downloads nothing while results_url is null', async () => {
    const { client, requests } = clientServing(() => createBody([jsonl]).stream);
    const failure = await requestBatchResults(client, async () =>
      ended({ processing_status: 'in_progress', results_url: null }),
    ).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AnthropicError);
    expect((failure as Error).message).toBe(
      'No batch `results_url`; Has it finished processing? in_progress - msgbatch_1',
    );
    expect(requests).toHaveLength(0);
  });

  it('rejects with the lookup error, and with the download status error', async () => {
    const { client } = clientServing(() => createBody([jsonl]).stream);
    const lookup = new NotFoundError({ status: 404, headers: new Headers(), error: undefined });
    await expect(requestBatchResults(client, () => Promise.reject(lookup))).rejects.toBe(lookup);

    const failing = recordingFetch(() => errorResponse(404, { type: 'not_found_error', message: 'gone' }));
    const client404 = new Anthropic({ apiKey: 'k', fetch: failing.fetch, logLevel: 'off', maxRetries: 0 });
    await expect(requestBatchResults(client404, async () => ended())).rejects.toBeInstanceOf(NotFoundError);
  });

  it('keeps the abort listener until the body is consumed, then removes it', async () => {
    const { client } = clientServing(() => createBody([jsonl]).stream);
    const controller = new AbortController();
    const results = await requestBatchResults(client, async () => ended(), { signal: controller.signal });
    expect(getEventListeners(controller.signal, 'abort').length).toBeGreaterThan(0);
    expect(await collect(results)).toHaveLength(lines.length);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('an abort mid-download ends the iteration, cancels the body and removes the listener', async () => {
    let body: ReturnType<typeof createBody> | undefined;
    const { client } = clientServing(() => {
      body = createBody([`${JSON.stringify(lines[0])}\n`, `${JSON.stringify(lines[1])}\n`], 'stall');
      return body.stream;
    });
    const controller = new AbortController();
    const seen: string[] = [];
    for await (const line of await requestBatchResults<{ custom_id: string }>(client, async () => ended(), {
      signal: controller.signal,
    })) {
      seen.push(line.custom_id);
      if (seen.length === 2) controller.abort();
    }
    expect(seen).toEqual(['a', 'b']);
    expect(body?.cancelled).toBe(true);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('an abort stops the items at once, even lines already read in the same chunk', async () => {
    const { client } = clientServing(() => createBody([jsonl], 'stall').stream);
    const controller = new AbortController();
    const seen: string[] = [];
    for await (const line of await requestBatchResults<{ custom_id: string }>(client, async () => ended(), {
      signal: controller.signal,
    })) {
      seen.push(line.custom_id);
      controller.abort();
    }
    expect(seen).toEqual(['a']);
  });

  it('an already aborted signal rejects with APIUserAbortError before the download', async () => {
    const { client, requests } = clientServing(() => createBody([jsonl]).stream);
    const controller = new AbortController();
    controller.abort();
    await expect(
      requestBatchResults(client, async () => ended(), { signal: controller.signal }),
    ).rejects.toBeInstanceOf(APIUserAbortError);
    expect(requests).toHaveLength(0);
  });
});
