/**
 * A small deterministic pseudo-random generator (mulberry32): the same seed gives the same body on
 * every run, so every SDK parses exactly the same bytes, run after run.
 *
 * @example
 * const random = seededRandom(42);
 * const index = Math.floor(random() * words.length);
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}
