import type { BasePage } from '../pagination/page.js';
import type { Stream } from '../streaming/stream.js';
import type { Exchange } from './send-attempt.js';
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
 * The request behind an {@link APIPromise}: started by `Anthropic.request`, it waits for the first
 * consumer to say whether it wants the parsed value (`choose(parse)`) or the raw response
 * (`choose(null)`), since parsing happens inside the attempt (and is retried with it).
 */
export interface PendingRequest<T> {
  choose(parse: ResponseParser<T> | null): void;
  readonly exchange: Promise<Exchange<T>>;
}

/**
 * A `Promise` of a parsed API result, with access to the raw response. The request starts at once;
 * the body is parsed when the value is first asked for (`await`, `then`, `withResponse`), and never
 * for `asResponse()`.
 *
 * @example
 * const { data: message, response, request_id } = await messages.create(params).withResponse();
 */
export class APIPromise<T> extends Promise<WithRequestID<T>> {
  readonly #request: PendingRequest<T>;
  readonly #parse: ResponseParser<T>;
  #data: Promise<WithRequestID<T>> | undefined;
  #parsed: Promise<WithResponse<T>> | undefined;

  /**
   * @param request the pending request, from `Anthropic.request`; or another `APIPromise` to adopt
   *   (`PagePromise` wraps the promise `request` returned).
   * @param parse turns the 2xx response into the value.
   */
  constructor(request: PendingRequest<T> | APIPromise<T>, parse?: ResponseParser<T>) {
    // The settled value of the base promise is never used: then/catch/finally go through `#parsed`.
    super((resolve) => resolve(null as WithRequestID<T>));
    this.#request = request instanceof APIPromise ? request.#request : request;
    this.#parse = request instanceof APIPromise ? request.#parse : (parse as ResponseParser<T>);
    // A call the user never awaits must not crash the process with an unhandled rejection;
    // consumers still see the rejection through every derived promise.
    this.#request.exchange.catch(() => {});
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
    this.#request.choose(null);
    return this.#request.exchange.then(({ response, parsed, props }) =>
      parsed ? response : releaseWhenConsumed(props),
    );
  }

  /** The parsed value plus the `Response` and request ids. */
  withResponse(): Promise<WithResponse<T>> {
    return (this.#parsed ??= Promise.all([this.#value(), this.#request.exchange]).then(([data, { response }]) => ({
      data,
      response,
      request_id: response.headers.get('request-id'),
      workspace_id: response.headers.get('anthropic-workspace-id'),
    })));
  }

  override then<Fulfilled = WithRequestID<T>, Rejected = never>(
    onfulfilled?: ((value: WithRequestID<T>) => Fulfilled | PromiseLike<Fulfilled>) | null,
    onrejected?: ((reason: unknown) => Rejected | PromiseLike<Rejected>) | null,
  ): Promise<Fulfilled | Rejected> {
    return this.#value().then(onfulfilled, onrejected);
  }

  /** The parsed value, parsed once whoever asks first (`await`, `withResponse()`). */
  #value(): Promise<WithRequestID<T>> {
    this.#request.choose(this.#parse);
    // Parsed in the attempt, unless raw was asked for first (asResponse): then parse now.
    return (this.#data ??= this.#request.exchange.then(
      ({ parsed, props }) =>
        (parsed ? parsed.data : this.#parse(props)) as WithRequestID<T> | Promise<WithRequestID<T>>,
    ));
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
  // Already read or bodiless (204, 304…): nothing to watch.
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
