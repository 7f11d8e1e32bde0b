import type { IncomingMessage } from 'node:http';

/**
 * Reads a node request fully and turns it into a web `Request` bound to `signal` (which the server
 * aborts when the client goes away). The body is buffered: API bodies are small, and a buffered body
 * needs no `duplex` streaming option.
 *
 * @example
 * const request = await toWebRequest(incoming, controller.signal);
 */
export async function toWebRequest(incoming: IncomingMessage, signal: AbortSignal): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  const headers = new Headers();
  // rawHeaders keeps repeated headers; Headers joins them like fetch does.
  for (let index = 0; index + 1 < incoming.rawHeaders.length; index += 2) {
    headers.append(incoming.rawHeaders[index] ?? '', incoming.rawHeaders[index + 1] ?? '');
  }
  const method = incoming.method ?? 'GET';
  const url = new URL(incoming.url ?? '/', `http://${incoming.headers.host ?? 'localhost'}`);
  const hasBody = method !== 'GET' && method !== 'HEAD' && body.length > 0;
  return new Request(url, { method, headers, body: hasBody ? body : null, signal });
}
