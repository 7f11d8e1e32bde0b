import type { FinalRequestOptions } from '../client/options.js';

/**
 * What the transport hands a response parser after a successful (2xx) attempt. Parsers turn it into
 * the value an `APIPromise` resolves to (JSON, a `Stream`, a raw `Response`, a page…). A parser runs
 * inside the attempt: for a request that does not stream, the attempt's `timeout` bounds it too.
 */
export interface APIResponseProps {
  /** The 2xx response; its body is unread. */
  response: Response;
  /** The request as the resource described it. */
  options: FinalRequestOptions;
  /** Aborts this attempt (the fetch and its body). Linked to the caller's `signal`; aborted by the attempt's timeout. */
  controller: AbortController;
  /** Retries made before this response arrived. */
  retriesTaken: number;
  /** Milliseconds without a byte before a body being read fails (`idleTimeout`, resolved). */
  idleTimeout: number;
  /**
   * Unlinks the caller's signal from {@link controller}. Call once the body has been consumed or
   * abandoned, so a long-lived signal does not collect listeners. Calling it again is a no-op.
   */
  release(): void;
}

/**
 * Turns a successful response into the resolved value of an `APIPromise`.
 *
 * @example
 * const parseText: ResponseParser<string> = async ({ response }) => response.text();
 */
export type ResponseParser<T> = (props: APIResponseProps) => Promise<T>;
