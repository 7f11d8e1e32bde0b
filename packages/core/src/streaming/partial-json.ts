/**
 * Parses a prefix of a JSON text, as received so far from `input_json_delta` fragments, into the
 * value it describes up to now.
 *
 * - Complete key/value pairs and array items are kept; open objects and arrays are closed.
 * - A value cut short at the end (string without its closing quote, number ending in `.`, `-`, `e`
 *   or `e+`, literal like `tru`) is dropped together with its key. A number that could still grow
 *   (`12` at the very end) is kept, as both official SDKs do.
 * - Text that can never become JSON (`{"a": nope`, trailing garbage) throws a `SyntaxError`.
 *
 * Returns `undefined` when not even the outermost value has started (empty or blank text) or when
 * it is a scalar cut short.
 *
 * @example
 * parsePartialJSON('{"city":"Par')        // {}
 * parsePartialJSON('{"a":"x","b":"y')     // { a: 'x' }
 * parsePartialJSON('[1, 2, {"c": [3')     // [1, 2, { c: [3] }]
 */
export function parsePartialJSON(text: string): unknown {
  // One scan validates the grammar and finds the last "cut": the end of the last token after which
  // the text can be closed (an opening bracket, a closing bracket or a complete value). The prefix up
  // to the cut plus the brackets still open is complete JSON, so the native `JSON.parse` builds the
  // value: it is faster than building it by hand and already gets escapes, surrogates and
  // `__proto__` keys (own properties, never the prototype) right.
  //
  // What the next token may be:
  // 0 value · 1 value or `]` · 2 key · 3 key or `}` · 4 `:` · 5 `,` or closer · 7 nothing (done).
  // Odd states are exactly those right after a cut, and those in which a closer may come.
  let state = 0;
  let closers = ''; // innermost first
  let cut = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (' \n\r\t'.includes(char as string)) continue;
    if ('{['.includes(char as string) && state < 2) {
      closers = (char === '{' ? '}' : ']') + closers;
      state = char === '{' ? 3 : 1;
    } else if (state & 1 && closers[0] === char) {
      closers = closers.slice(1);
      state = closers ? 5 : 7;
    } else if (char === ',' && state === 5) state = closers[0] === '}' ? 2 : 0;
    else if (char === ':' && state === 4) state = 0;
    else if (char === '"' && state < 4) {
      STRING.lastIndex = index;
      STRING.test(text);
      index = STRING.lastIndex;
      // A key or string value cut short by the end of the text: drop it, keep what came before.
      if (index === text.length) break;
      if (text[index] !== '"') throw unexpected(text, index);
      state = state > 1 ? 4 : closers ? 5 : 7;
    } else if (state < 2) {
      SCALAR.lastIndex = CUT_SHORT.lastIndex = index;
      if (!SCALAR.test(text)) {
        // A number or literal cut short by the end of the text: drop it, as above.
        if (CUT_SHORT.test(text)) break;
        throw unexpected(text, index);
      }
      index = SCALAR.lastIndex - 1;
      state = closers ? 5 : 7;
    } else throw unexpected(text, index);
    if (state & 1) cut = index + 1;
  }
  return cut ? JSON.parse(text.slice(0, cut) + closers) : undefined;
}

/**
 * A string up to, not including, its closing quote, or up to the end of the text when that comes
 * first, possibly inside an escape. It stops early at anything JSON forbids in a string. Runs of
 * plain characters are one simple repetition, not one alternation per character, so the engine
 * neither slows down nor runs out of backtracking stack on a megabytes-long string.
 */
const STRING = /"[^"\\\x00-\x1f]*(?:\\(?:["\\/bfnrt]|u[\da-fA-F]{4})[^"\\\x00-\x1f]*)*(?:\\(?:u[\da-fA-F]{0,3})?$)?/y;

/** A number or literal the end of the text has cut short: `-`, `1.`, `1.5e+`, `tru`. */
const CUT_SHORT = /(?:-?(?:(?:0|[1-9]\d*)(?:\.|(?:\.\d+)?[eE][+-]?))?|t(?:ru?)?|f(?:a(?:ls?)?)?|n(?:ul?)?)$/y;

/**
 * A complete number or literal. A number must not be followed by what would continue it, so `12.` is
 * never read as `12` (or `1`) and a stray `.`: at the end of the text it is cut short, elsewhere an error.
 */
const SCALAR = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?(?![\d.eE])|true|false|null/y;

function unexpected(text: string, position: number): SyntaxError {
  return new SyntaxError(`Unexpected ${JSON.stringify(text[position])} at ${position} of partial JSON`);
}
