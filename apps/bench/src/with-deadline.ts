/**
 * Resolves as `promise` does, or rejects once `milliseconds` have passed: a bench step that hangs
 * fails its measure instead of the whole run.
 *
 * @example
 * await withDeadline(runRound(), 60_000, 'SSE raw iteration, official');
 */
export async function withDeadline<T>(promise: Promise<T>, milliseconds: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${milliseconds} ms`)), milliseconds);
  });
  try {
    return await Promise.race([promise, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
