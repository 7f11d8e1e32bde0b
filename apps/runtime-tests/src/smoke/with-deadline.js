/**
 * Runs `work` but gives up after `milliseconds`: a runtime that hangs (a stream that never ends after
 * abort, a fetch that never settles) fails the step with a message instead of stalling the whole run.
 * `onTimeout` runs first, to abort whatever is still in flight.
 *
 * @example
 * const text = await withDeadline(() => collect(stream), 10_000, 'stream', () => controller.abort());
 *
 * @template T
 * @param {() => Promise<T>} work
 * @param {number} milliseconds
 * @param {string} what named in the timeout error
 * @param {() => void} [onTimeout]
 * @returns {Promise<T>}
 */
export function withDeadline(work, milliseconds, what, onTimeout) {
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  const deadline = new Promise((_resolve, reject) => {
    timer = setTimeout(() => {
      onTimeout?.();
      reject(new Error(`${what} did not settle within ${milliseconds} ms`));
    }, milliseconds);
  });
  return /** @type {Promise<T>} */ (Promise.race([work(), deadline])).finally(() => clearTimeout(timer));
}
