import type { APIResponseProps } from '../transport/response-props.js';
import { createIdleTimeoutBody } from './idle-timeout-body.js';
import { decodeJSONL } from './jsonl-decoder.js';
import { Stream } from './stream.js';

/**
 * The response parser of JSON Lines bodies (batch results): resolves at once to a {@link Stream} that
 * decodes one item per line as bytes arrive, in constant memory. The body is not retried mid-way; it
 * is subject to `idleTimeout`; aborting (or leaving the loop early) cancels the download.
 *
 * @example
 * const results = await client.request<Stream<MessageBatchIndividualResponse>>({ method: 'get', path: batch.results_url }, parseJSONLStream);
 * for await (const result of results) console.log(result.custom_id);
 */
export async function parseJSONLStream<T>(props: APIResponseProps): Promise<Stream<T>> {
  const { response, controller } = props;
  let released = false;
  const release = (): void => {
    if (released) return;
    released = true;
    controller.signal.removeEventListener('abort', release);
    props.release();
  };
  controller.signal.addEventListener('abort', release, { once: true });

  async function* iterate(): AsyncGenerator<T, void, undefined> {
    let completed = false;
    const source = response.body;
    const guarded = source ? createIdleTimeoutBody(source, { idleTimeout: props.idleTimeout, signal: controller.signal }) : undefined;
    try {
      if (guarded) yield* decodeJSONL<T>(guarded.body, controller.signal);
      completed = true;
    } finally {
      if (!completed) controller.abort();
      guarded?.stop();
      release();
    }
  }
  return new Stream(iterate, controller);
}
