/**
 * How long one run of a stream property may take before it counts as a hang: far above the
 * milliseconds a run takes, so a loaded two-core CI machine never trips it.
 */
export const HANG_BOUND_MS = 20_000;

/** How a run ended: with a value, or with the error it threw. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * Runs `run` and tells how it ended, or throws when it has not settled after `milliseconds` (a
 * hang is a failure of the property, never a wait). `cancel` is called on a hang, to stop the
 * work left running.
 *
 * @example
 * const outcome = await boundedOutcome(() => stream.finalMessage(), 10_000, () => stream.abort());
 */
export async function boundedOutcome<T>(
  run: () => Promise<T>,
  milliseconds: number,
  cancel: () => void = () => {},
): Promise<Outcome<T>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      cancel();
      reject(new Error(`did not settle within ${milliseconds} ms: a hang`));
    }, milliseconds);
  });
  try {
    return await Promise.race([
      run().then(
        (value): Outcome<T> => ({ ok: true, value }),
        (error: unknown): Outcome<T> => ({ ok: false, error }),
      ),
      hang,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Every item of the stream `open` resolves to, as a {@link boundedOutcome}: on a hang the stream's
 * request is aborted, so nothing is left reading.
 *
 * @example
 * expect(await collectBounded(() => createMessageStream(client, params))).toEqual({ ok: true, value: events });
 */
export async function collectBounded<T>(
  open: () => PromiseLike<AsyncIterable<T> & { readonly controller: AbortController }>,
): Promise<Outcome<T[]>> {
  let abort = (): void => {};
  return boundedOutcome(
    async () => {
      const stream = await open();
      abort = () => stream.controller.abort();
      const items: T[] = [];
      for await (const item of stream) items.push(item);
      return items;
    },
    HANG_BOUND_MS,
    () => abort(),
  );
}

/**
 * Collects the process's unhandled rejections while installed: a property asserts none happened
 * during its run (after {@link settleRejections}).
 *
 * @example
 * const rejections = watchUnhandledRejections(); afterAll(() => rejections.stop());
 */
export function watchUnhandledRejections(): { take(): unknown[]; stop(): void } {
  let seen: unknown[] = [];
  const listener = (reason: unknown): void => void seen.push(reason);
  process.on('unhandledRejection', listener);
  return {
    take: () => {
      const taken = seen;
      seen = [];
      return taken;
    },
    stop: () => void process.off('unhandledRejection', listener),
  };
}

/** Waits until Node has reported the rejections left unhandled so far (they are reported after a macrotask). */
export async function settleRejections(): Promise<void> {
  for (let turn = 0; turn < 2; turn += 1) await new Promise((resolve) => setImmediate(resolve));
}

/**
 * Why `error` is not a typed SDK error, or `undefined` when it is: it must be an instance of
 * `typedClass` (core's `AnthropicError`), and not a generic wrapper of a crash in the SDK's own code
 * (an `AnthropicError` that only repeats the message of a `TypeError`, `RangeError`, … it wraps).
 *
 * @example
 * expect(untypedReason(error, AnthropicError)).toBeUndefined();
 */
export function untypedReason(
  error: unknown,
  typedClass: abstract new (...args: never[]) => Error,
): string | undefined {
  if (!(error instanceof typedClass)) {
    const { name, message } = Object(error) as Partial<Error>;
    return `not an ${typedClass.name}: ${name ?? typeof error}: ${message ?? String(error)}`;
  }
  const cause: unknown = (error as { cause?: unknown }).cause;
  // Typed as Error on purpose: narrowing by `instanceof typedClass` would leave `never`.
  const wrapped: Error | undefined =
    cause instanceof Error && !(cause instanceof (typedClass as abstract new () => object)) ? cause : undefined;
  if (
    error.constructor === typedClass &&
    wrapped &&
    wrapped.name !== 'AbortError' &&
    error.message === wrapped.message
  ) {
    return `a crash wrapped as ${typedClass.name}: ${wrapped.name}: ${wrapped.message}\n${wrapped.stack ?? ''}`;
  }
  return undefined;
}
