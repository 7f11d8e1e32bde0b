/**
 * A thrown value as plain JSON-safe data (class, name, message, status, request id), so a runner can
 * print it and a test can read it. Never includes headers or the request: no credentials leak into
 * a report.
 *
 * @example
 * describeError(new TypeError('boom')); // { className: 'TypeError', name: 'TypeError', message: 'boom' }
 *
 * @param {unknown} error
 * @returns {{ className: string; name: string; message: string; status?: unknown; requestID?: unknown }}
 */
export function describeError(error) {
  if (!(error instanceof Error)) return { className: typeof error, name: typeof error, message: String(error) };
  const fields = /** @type {{ status?: unknown; requestID?: unknown }} */ (/** @type {unknown} */ (error));
  return {
    className: error.constructor.name,
    name: error.name,
    message: error.message,
    ...(fields.status === undefined ? {} : { status: fields.status }),
    ...(fields.requestID === undefined ? {} : { requestID: fields.requestID }),
  };
}
