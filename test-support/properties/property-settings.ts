import type fc from 'fast-check';

/**
 * `FUZZ_RUNS` (set by `pnpm fuzz`) overrides every property's number of runs; CI keeps each
 * property's modest default so the suite stays fast on two cores.
 */
const FUZZ_RUNS = Number(process.env['FUZZ_RUNS']) || undefined;

/** Every property runs from this seed (or `FUZZ_SEED`), so a CI failure replays exactly. */
export const PROPERTY_SEED = Number(process.env['FUZZ_SEED']) || 20_261_203;

/**
 * The `fc.assert` parameters of a property: the fixed seed and `defaultRuns` runs (or `FUZZ_RUNS`).
 * fast-check's failure message names the seed and the path of the counterexample, to replay it with
 * `FUZZ_SEED=<seed>` or `{ seed, path }`.
 *
 * @example
 * await fc.assert(property, propertySettings(200));
 */
export function propertySettings<T>(defaultRuns: number, examples: T[] = []): fc.Parameters<T> {
  return { numRuns: FUZZ_RUNS ?? defaultRuns, seed: PROPERTY_SEED, examples };
}

/** The vitest timeout of a property test: generous in CI, none while fuzzing (100k runs take a while). */
export const PROPERTY_TEST_TIMEOUT = FUZZ_RUNS ? 24 * 60 * 60 * 1000 : 120_000;
