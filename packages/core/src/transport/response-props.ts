import type { FinalRequestOptions } from '../client/options.js';
import type { APIError } from '../errors/api-error.js';

/**
 * What the transport hands a response parser after a successful (2xx) attempt. Parsers turn it into
 * the value an `APIPromise` resolves to (JSON, a `Stream`, a raw `Response`, a page…).
 */
export interface APIResponseProps {
  /** The 2xx response; its body is unread. */
  response: Response;
  /** The request as the resource described it. */
  options: FinalRequestOptions;
  /** Aborts this attempt (the fetch and its body). Linked to the caller's `signal`. */
  controller: AbortController;
  /** Retries made before this response arrived. */
  retriesTaken: number;
  /** Milliseconds without a byte before an open stream fails (`idleTimeout`, resolved). */
  idleTimeout: number;
  /**
   * Unlinks the caller's signal from {@link controller}. Call exactly once, when the body has been
   * consumed or abandoned, so a long-lived signal does not collect listeners. Calling it again is a no-op.
   */
  release(): void;
  /**
   * Asks the transport to retry after an error found *in* a 2xx body (an SSE `error` event before any
   * content). Returns the next successful attempt, or `null` when the error is not retryable or the
   * retry budget is spent (then throw the error). Sleeps the same backoff as any retry.
   */
  retry(error: APIError): Promise<APIResponseProps> | null;
}

/** Turns a successful response into the resolved value of an `APIPromise`. */
export type ResponseParser<T> = (props: APIResponseProps) => Promise<T>;
