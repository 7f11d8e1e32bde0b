import type { BasePage } from '../pagination/page.js';
import type { Stream } from '../streaming/stream.js';
import type { APIResponseProps, ResponseParser } from './response-props.js';

/**
 * A parsed JSON object carries the `request-id` header as a non-enumerable `_request_id` (never
 * serialised); arrays and primitives do not.
 */
export type WithRequestID<T> = T extends readonly unknown[] | Response | Stream<infer _Item> | BasePage<infer _PageItem>
  ? T
  : T extends object
    ? T & { readonly _request_id?: string | null }
    : T;

/** The parsed value of a call together with the HTTP response it came from. */
export interface WithResponse<T> {
  data: WithRequestID<T>;
  response: Response;
  /** The `request-id` response header. */
  request_id: string | null;
  /** The `anthropic-workspace-id` response header. */
  workspace_id: string | null;
}

/**
 * A `Promise` of a parsed API result, with access to the raw response. The request starts at once;
 * the body is parsed on first use (`await`, `then`, `withResponse`), and never for `asResponse()`.
 *
 * @example
 * const { data: message, response, request_id } = await messages.create(params).withResponse();
 */
export class APIPromise<T> extends Promise<WithRequestID<T>> {
  private readonly responsePromise: Promise<APIResponseProps>;
  private readonly parse: ResponseParser<T>;
  private parsed: Promise<WithResponse<T>> | undefined;

  constructor(responsePromise: Promise<APIResponseProps>, parse: ResponseParser<T>) {
    // The settled value of the base promise is never used: then/catch/finally go through `parsed`.
    super((resolve) => resolve(null as WithRequestID<T>));
    this.responsePromise = responsePromise;
    this.parse = parse;
    // A call the user never awaits must not crash the process with an unhandled rejection;
    // consumers still see the rejection through every derived promise.
    responsePromise.catch(() => {});
  }

  /** Derived promises (`then`, `catch`) are plain `Promise`s. */
  static override get [Symbol.species](): PromiseConstructor {
    return Promise;
  }

  /**
   * The raw `Response` (status, headers) with its body unread; the caller consumes the body. The
   * caller's `signal` stays linked until then.
   */
  asResponse(): Promise<Response> {
    return this.responsePromise.then(releaseWhenConsumed);
  }

  /** The parsed value plus the `Response` and request ids. */
  withResponse(): Promise<WithResponse<T>> {
    return (this.parsed ??= this.responsePromise.then(async (first) => {
      // A parser may retry (an SSE error before any content); report the response that was used.
      let latest = first;
      const track = (props: APIResponseProps): APIResponseProps => ({
        ...props,
        retry: (error) => props.retry(error)?.then((next) => (latest = track(next))) ?? null,
      });
      const data = (await this.parse(track(first))) as WithRequestID<T>;
      const { response } = latest;
      return {
        data,
        response,
        request_id: response.headers.get('request-id'),
        workspace_id: response.headers.get('anthropic-workspace-id'),
      };
    }));
  }

  override then<Fulfilled = WithRequestID<T>, Rejected = never>(
    onfulfilled?: ((value: WithRequestID<T>) => Fulfilled | PromiseLike<Fulfilled>) | null,
    onrejected?: ((reason: unknown) => Rejected | PromiseLike<Rejected>) | null,
  ): Promise<Fulfilled | Rejected> {
    return this.withResponse()
      .then((result) => result.data)
      .then(onfulfilled, onrejected);
  }

  override catch<Rejected = never>(
    onrejected?: ((reason: unknown) => Rejected | PromiseLike<Rejected>) | null,
  ): Promise<WithRequestID<T> | Rejected> {
    return this.then(undefined, onrejected);
  }

  override finally(onfinally?: (() => void) | null): Promise<WithRequestID<T>> {
    return this.then().finally(onfinally);
  }
}

/**
 * The raw response for `asResponse()`. Nobody parses it, so nothing else would unlink the caller's
 * signal: the body is wrapped so the link is undone once it is read to the end, fails or is
 * cancelled. Until then aborting the signal still cancels the download.
 */
function releaseWhenConsumed({ response, release }: APIResponseProps): Response {
  const source = response.body;
  // Already read (e.g. by withResponse() on the same promise) or bodiless (204, 304…): nothing to watch.
  if (!source || source.locked) {
    release();
    return response;
  }
  const reader = source.getReader();
  const body = new ReadableStream<Uint8Array>({
    pull: (controller) =>
      reader.read().then(
        ({ done, value }) => (done ? (release(), controller.close()) : controller.enqueue(value)),
        (error: unknown) => (release(), controller.error(error)),
      ),
    cancel: (reason) => (release(), reader.cancel(reason)),
  });
  const wrapped = new Response(body, response);
  // A constructed Response has an empty url; keep the one fetch reported (toFile names files from it).
  Object.defineProperty(wrapped, 'url', { value: response.url, enumerable: true });
  return wrapped;
}
