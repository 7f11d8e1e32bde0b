// Property tests of header merging: layers merge with names case-insensitive, the later layer (and,
// within one, the later key) wins, `undefined` leaves a lower layer alone and `null` removes it.
// Checked on `mergeHeaders` (build-headers.ts) and end to end through a client, whose
// `defaultHeaders` and per-request `headers` are two of its layers.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { PROPERTY_TEST_TIMEOUT, propertySettings } from '../../../../test-support/properties/property-settings.js';
import { Anthropic, type HeadersInit } from '../index.js';
import { mergeHeaders } from './build-headers.js';

/**
 * A few names in several spellings, so layers collide on the same header, and one the client sets
 * itself (`x-stainless-lang: js`), which a layer may override or remove.
 */
const name = fc.constantFrom(
  'x-prop-a',
  'X-Prop-A',
  'X-PROP-A',
  'x-prop-b',
  'X-Prop-B',
  'x-prop-c',
  'X-Stainless-Lang',
);
/** A header value as `Headers` keeps it: visible ASCII, no leading or trailing space. */
const value = fc.stringMatching(/^[!-~](?:[ -~]{0,10}[!-~])?$/);
const layer: fc.Arbitrary<HeadersInit> = fc
  .array(fc.tuple(name, fc.oneof(value, fc.constant(null), fc.constant(undefined))), { maxLength: 6 })
  .map((entries) => Object.fromEntries(entries));

/** What the layers must merge to: a plain reading of the rules, one key at a time. */
function expected(layers: ReadonlyArray<HeadersInit>): { headers: Record<string, string>; removed: string[] } {
  const headers = new Map<string, string>();
  const removed = new Set<string>();
  for (const each of layers)
    for (const [key, setting] of Object.entries(each)) {
      if (setting === undefined) continue;
      const lower = key.toLowerCase();
      if (setting === null) {
        headers.delete(lower);
        removed.add(lower);
      } else {
        headers.set(lower, setting);
        removed.delete(lower);
      }
    }
  return { headers: Object.fromEntries([...headers].sort()), removed: [...removed].sort() };
}

const ours = (headers: Headers | Record<string, string>): Record<string, string> =>
  Object.fromEntries(
    [...(headers instanceof Headers ? headers : Object.entries(headers))]
      .filter(([key]) => /^x-(?:prop-|stainless-lang$)/.test(key))
      .sort(),
  );

it(
  'mergeHeaders: later layers win, names are case-insensitive, null removes, undefined keeps',
  () => {
    fc.assert(
      fc.property(fc.array(layer, { maxLength: 5 }), (layers) => {
        const merged = mergeHeaders(layers);
        expect({ headers: ours(merged.headers), removed: [...merged.removed].sort() }).toEqual(expected(layers));
      }),
      propertySettings(500),
    );
  },
  PROPERTY_TEST_TIMEOUT,
);

it(
  "a client's defaultHeaders and a request's headers reach fetch by the same rules",
  async () => {
    await fc.assert(
      fc.asyncProperty(layer, layer, async (defaultHeaders, headers) => {
        let sent: Headers | undefined;
        const client = new Anthropic({
          apiKey: 'sk-ant-property',
          maxRetries: 0,
          defaultHeaders,
          fetch: async (input, init) => {
            sent = new Request(input, init).headers;
            return Response.json({ ok: true });
          },
        });
        await client.get('/v1/models', { headers });
        const clientOwn = { 'x-stainless-lang': 'js' };
        expect(ours(sent as Headers)).toEqual(expected([clientOwn, defaultHeaders, headers]).headers);
        // The client's own headers are still there unless a layer removed them.
        expect(sent?.get('anthropic-version')).toBe('2026-10-21');
      }),
      propertySettings(300),
    );
  },
  PROPERTY_TEST_TIMEOUT,
);
