import type { Anthropic } from '../client/anthropic.js';
import type { FinalRequestOptions, RequestOptions } from '../client/options.js';
import { AnthropicError } from '../errors/anthropic-error.js';
import { parseJSONLStream } from '../streaming/parse-jsonl-stream.js';
import type { Stream } from '../streaming/stream.js';
import type { APIPromise } from '../transport/api-promise.js';

/**
 * The fields of a batch (GA or beta) that locating its results needs.
 *
 * @example
 * const source: BatchResultsSource = { id: 'msgbatch_1', processing_status: 'ended', results_url: 'https://api.anthropic.com/v1/messages/batches/msgbatch_1/results' };
 */
export interface BatchResultsSource {
  id: string;
  processing_status: string;
  /** Absolute URL of the JSONL results; `null` until processing has ended. */
  results_url: string | null;
}

/**
 * Options of {@link requestBatchResults}: request options, shared by the batch lookup and the
 * download, plus the `betas` of the download.
 */
export interface BatchResultsOptions extends RequestOptions {
  /**
   * Beta names for the `anthropic-beta` header of the results download. Beta batches pass
   * `[...callerBetas, 'message-batches-2024-09-24']`; GA batches pass none.
   *
   * @example
   * { betas: [...(options.betas ?? []), 'message-batches-2024-09-24'] }
   */
  betas?: readonly string[] | undefined;
}

/**
 * The results of a batch (wire.md §5), shared by `@anth/batches` and `@anth/beta`:
 *
 * 1. `retrieve(options)` fetches the batch; a `null` `results_url` (still processing) throws
 *    `AnthropicError` (``No batch `results_url`; Has it finished processing? <status> - <id>``) and
 *    nothing is downloaded;
 * 2. `GET results_url` (absolute, used as is) with `Accept: application/binary` and `options.betas`;
 * 3. the body is decoded as JSON Lines whatever its content type, one item per line as bytes
 *    arrive, in constant memory. Not retried mid-body; subject to `idleTimeout`.
 *
 * The result is an `APIPromise` of a `Stream`: `.withResponse()` gives the download's `Response`.
 * The caller's `signal` (or `stream.controller.abort()`, or leaving the loop early) stops the
 * download; the signal's listener is kept until the body is consumed, then removed.
 *
 * @param retrieve fetches the batch with the given request options (typically a `retrieveBatch` closure).
 * @example
 * const results = await requestBatchResults<MessageBatchIndividualResponse>(client, (options) => retrieveBatch(client, id, options), options);
 * for await (const line of results) console.log(line.custom_id, line.result.type);
 */
export function requestBatchResults<Result, Batch extends BatchResultsSource = BatchResultsSource>(
  client: Anthropic,
  retrieve: (options: BatchResultsOptions) => PromiseLike<Batch>,
  options: BatchResultsOptions = {},
): APIPromise<Stream<Result>> {
  const { betas, ...requestOptions } = options;
  const download = Promise.resolve(retrieve(options)).then((batch): FinalRequestOptions => {
    if (!batch.results_url) {
      throw new AnthropicError(
        `No batch \`results_url\`; Has it finished processing? ${batch.processing_status} - ${batch.id}`,
      );
    }
    return {
      ...requestOptions,
      method: 'get',
      path: batch.results_url,
      betas,
      // Read as it arrives, after the request resolves: bounded by idleTimeout, not the attempt timeout.
      stream: true,
      // Caller headers still win (they are the last layer), as for every request.
      headers: { accept: 'application/binary', ...requestOptions.headers },
    };
  });
  return client.request(download, parseJSONLStream<Result>);
}
