// Property tests of the `path` template of @anth/core/internal, which every resource builds its URLs
// with: whatever an id holds, it stays one path segment that round-trips through URL parsing, and
// never becomes `/`, `?`, `#` or a `.`/`..` segment that moves the request elsewhere.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { PROPERTY_TEST_TIMEOUT, propertySettings } from '../../../../test-support/properties/property-settings.js';
import { AnthropicError } from '../index.js';
import { path } from '../internal.js';

const BASE = 'https://api.anthropic.com';
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Ids as users pass them: any code point, lone surrogates, and the characters that matter in URLs. */
const id = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({
    unit: fc.constantFrom('/', '?', '#', '.', '%', '2', 'e', 'E', 'F', '\\', ' ', ';', '@', ':', '&', '=', '+', 'a'),
    maxLength: 8,
  }),
  fc.constantFrom('.', '..', '%2e', '%2E%2e', '.%2e', '\uD800', 'a\uDFFFb'),
  fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit)), maxLength: 3 }),
);

/** `path` as an outcome: the path, or the error it threw. */
function build(first: string, second: string): { path: string } | { error: unknown } {
  try {
    return { path: path`/v1/skills/${first}/versions/${second}` };
  } catch (error) {
    return { error };
  }
}

it(
  'every parameter stays one segment that round-trips through URL parsing, or is refused with an AnthropicError',
  () => {
    fc.assert(
      fc.property(id, id, (first, second) => {
        const result = build(first, second);
        if ('error' in result) {
          // Refused: only an empty id, a dot segment, text that is not well-formed Unicode, or one that
          // starts with `;` after at most two dots (API 2026-10-21: a path-parameter separator).
          expect(result.error).toBeInstanceOf(AnthropicError);
          const refusable = (value: string) =>
            value === '' || value === '.' || value === '..' || /^\.{0,2};/.test(value) || LONE_SURROGATE.test(value);
          expect(refusable(first) || refusable(second), String(result.error)).toBe(true);
          return;
        }
        const url = new URL(result.path, BASE);
        expect(url.search).toBe('');
        expect(url.hash).toBe('');
        // URL parsing changes nothing: no dot segment resolved, nothing re-encoded.
        expect(url.pathname).toBe(result.path);
        const segments = url.pathname.split('/');
        expect(segments).toHaveLength(6);
        expect(segments.slice(0, 3)).toEqual(['', 'v1', 'skills']);
        expect(segments[4]).toBe('versions');
        expect(segments.map((segment) => decodeURIComponent(segment))).toEqual([
          '',
          'v1',
          'skills',
          first,
          'versions',
          second,
        ]);
      }),
      propertySettings(2000, [['\uD800', 'ok']] as Array<[string, string]>),
    );
  },
  PROPERTY_TEST_TIMEOUT,
);
