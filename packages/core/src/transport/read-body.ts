import { APIConnectionError, APIConnectionTimeoutError, APIUserAbortError } from '../errors/connection-errors.js';

/**
 * Reads a response body as text, turning a broken connection into `APIConnectionError` and an abort
 * (caller's signal) into `APIUserAbortError` and the attempt's timeout into `APIConnectionTimeoutError`,
 * never a bare `TypeError`.
 */
export async function readBody(props: { response: Response; controller: AbortController }): Promise<string> {
  try {
    return await props.response.text();
  } catch (error) {
    if (props.controller.signal.aborted) {
      // The attempt's timer aborts with a timeout error (it still runs while an error body is read):
      // that is a timeout, not the caller's abort.
      if (props.controller.signal.reason instanceof APIConnectionTimeoutError)
        throw new APIConnectionTimeoutError({ cause: error });
      throw new APIUserAbortError({ cause: error });
    }
    throw new APIConnectionError({ message: 'Connection error while reading the response body.', cause: error });
  }
}
