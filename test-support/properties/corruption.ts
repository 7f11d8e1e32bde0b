import fc from 'fast-check';

/**
 * One way a body goes wrong. Event-level ones apply to the event list before it is encoded; byte
 * level ones to the encoded bytes. Positions are fractions of the length, so they fit any body.
 */
export type Corruption =
  | { kind: 'swap'; at: number; with: number }
  | { kind: 'drop'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'flip'; at: number; mask: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; junk: number[] };

const at = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

/** One to three corruptions, event-level and byte-level mixed. */
export const corruptions: fc.Arbitrary<Corruption[]> = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('swap' as const), at, with: at }),
    fc.record({ kind: fc.constant('drop' as const), at }),
    fc.record({ kind: fc.constant('duplicate' as const), at }),
    fc.record({ kind: fc.constant('flip' as const), at, mask: fc.integer({ min: 1, max: 255 }) }),
    fc.record({ kind: fc.constant('truncate' as const), at }),
    fc.record({
      kind: fc.constant('insert' as const),
      at,
      junk: fc.oneof(
        fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 8 }),
        // Text that looks like the wire format is nastier than random bytes.
        fc
          .constantFrom('\n', '\n\n', '\r', 'data: ', 'event: error\n', '{', '}', '"', 'data: {"type":"error"}\n\n')
          .map((text) => [...new TextEncoder().encode(text)]),
      ),
    }),
  ),
  { minLength: 1, maxLength: 3 },
);

/**
 * The event-level corruptions applied to `events` (reordered, dropped, duplicated).
 *
 * @example
 * corruptEvents(events, [{ kind: 'drop', at: 0 }]); // without the first event
 */
export function corruptEvents<T>(events: readonly T[], changes: readonly Corruption[]): T[] {
  const result = [...events];
  const index = (fraction: number): number => Math.floor(fraction * result.length);
  for (const change of changes) {
    if (result.length === 0) break;
    if (change.kind === 'swap') {
      const [i, j] = [index(change.at), index(change.with)];
      [result[i], result[j]] = [result[j] as T, result[i] as T];
    } else if (change.kind === 'drop') result.splice(index(change.at), 1);
    else if (change.kind === 'duplicate') result.splice(index(change.at), 0, result[index(change.at)] as T);
  }
  return result;
}

/**
 * The byte-level corruptions applied to `bytes` (a byte flipped, the body cut short, junk inserted).
 *
 * @example
 * corruptBytes(bytes, [{ kind: 'truncate', at: 0.5 }]); // the first half
 */
export function corruptBytes(bytes: Uint8Array, changes: readonly Corruption[]): Uint8Array {
  let result = bytes.slice();
  const index = (fraction: number): number => Math.floor(fraction * result.length);
  for (const change of changes) {
    if (change.kind === 'flip' && result.length > 0) {
      const position = index(change.at);
      result[position] = (result[position] as number) ^ change.mask;
    } else if (change.kind === 'truncate') result = result.slice(0, index(change.at));
    else if (change.kind === 'insert') {
      const position = index(change.at);
      result = Uint8Array.from([...result.subarray(0, position), ...change.junk, ...result.subarray(position)]);
    }
  }
  return result;
}
