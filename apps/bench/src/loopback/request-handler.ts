import type { IncomingMessage, ServerResponse } from 'node:http';
import { endedBatch, linesOfBatch, resultLine } from './batch-payloads.js';
import { smallMessage } from './small-message.js';

/** Lines generated and written per chunk of a results file. */
const LINES_PER_WRITE = 256;

/**
 * The loopback server's routes: canned replies only, no validation and no authentication check
 * (whatever credential or `anthropic-version` a client sends is accepted, so the bench keeps
 * working while the SDKs move between API versions).
 *
 * - `POST /v1/messages`: the small JSON message, or `sse` when the body has `"stream": true`.
 * - `POST /model/<id>/invoke`: Bedrock InvokeModel, the same small JSON message.
 * - `GET /v1/messages/batches/<id>`: an ended batch whose `results_url` points back here.
 * - `GET /v1/messages/batches/<id>/results`: the JSONL results, streamed with backpressure.
 *
 * @example
 * createServer(requestHandler(sseBody().body)).listen(0, '127.0.0.1');
 */
export function requestHandler(sse: Buffer) {
  const small = Buffer.from(JSON.stringify(smallMessage()));
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const body = await readBody(request);
    const url = new URL(request.url ?? '/', `http://${request.headers.host ?? '127.0.0.1'}`);
    const path = url.pathname;
    if (request.method === 'POST' && path === '/v1/messages') {
      if (isStreaming(body)) return send(response, 'text/event-stream', sse);
      return send(response, 'application/json', small);
    }
    if (request.method === 'POST' && /^\/model\/[^/]+\/invoke$/.test(path)) {
      return send(response, 'application/json', small);
    }
    const batch = /^\/v1\/messages\/batches\/([^/]+)(\/results)?$/.exec(path);
    const lines = batch?.[1] === undefined ? undefined : linesOfBatch(batch[1]);
    if (request.method === 'GET' && batch?.[1] !== undefined && lines !== undefined) {
      if (batch[2]) return streamResults(response, lines);
      const resultsUrl = `${url.origin}/v1/messages/batches/${batch[1]}/results`;
      return send(response, 'application/json', Buffer.from(JSON.stringify(endedBatch(batch[1], lines, resultsUrl))));
    }
    const notFound = { type: 'error', error: { type: 'not_found_error', message: `${request.method} ${path}` } };
    response.statusCode = 404;
    send(response, 'application/json', Buffer.from(JSON.stringify(notFound)));
  };
}

function send(response: ServerResponse, contentType: string, body: Buffer): void {
  response.setHeader('content-type', contentType);
  response.setHeader('content-length', body.length);
  response.setHeader('request-id', 'req_01BenchLoopback');
  response.end(body);
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function isStreaming(body: string): boolean {
  try {
    return (JSON.parse(body) as { stream?: unknown }).stream === true;
  } catch {
    return false;
  }
}

/** Writes the results file chunk by chunk, waiting for the client to drain each; stops if it leaves. */
async function streamResults(response: ServerResponse, lines: number): Promise<void> {
  response.setHeader('content-type', 'application/binary');
  response.setHeader('request-id', 'req_01BenchLoopback');
  for (let start = 0; start < lines && !response.destroyed; start += LINES_PER_WRITE) {
    let chunk = '';
    for (let index = start; index < Math.min(lines, start + LINES_PER_WRITE); index++) chunk += resultLine(index);
    if (!response.write(chunk)) await drainedOrClosed(response);
  }
  response.end();
}

function drainedOrClosed(response: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      response.off('drain', done);
      response.off('close', done);
      resolve();
    };
    response.on('drain', done);
    response.on('close', done);
  });
}
