import type { APIResponseProps } from '../transport/response-props.js';
import { abortableIterable } from './abortable-iterable.js';
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
  const items = abortableIterable(
    decodeJSONL<T>(response.body, controller.signal, props.idleTimeout),
    controller,
    props.release,
  );
  return new Stream(() => items[Symbol.asyncIterator](), controller);
}
