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
  const parser = new PartialJSONParser(text);
  const value = parser.parseValue();
  parser.expectEnd();
  return value;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const MINUS = 0x2d;
const PLUS = 0x2b;
const DOT = 0x2e;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const LOWER_E = 0x65;
const UPPER_E = 0x45;

/**
 * Recursive descent over the text, one pass. `undefined` is the "cut short" marker: JSON has no
 * `undefined`, so a value that parsed is never confused with one that ran out of text.
 */
class PartialJSONParser {
  private position = 0;
  private readonly length: number;

  constructor(private readonly text: string) {
    this.length = text.length;
  }

  parseValue(): unknown {
    this.skipWhitespace();
    if (this.position >= this.length) return undefined;
    const code = this.text.charCodeAt(this.position);
    if (code === OPEN_BRACE) return this.parseObject();
    if (code === OPEN_BRACKET) return this.parseArray();
    if (code === QUOTE) return this.parseString();
    if (code === MINUS || (code >= DIGIT_0 && code <= DIGIT_9)) return this.parseNumber();
    if (code === 0x74 /* t */) return this.parseLiteral('true', true);
    if (code === 0x66 /* f */) return this.parseLiteral('false', false);
    if (code === 0x6e /* n */) return this.parseLiteral('null', null);
    throw this.unexpected();
  }

  /** After the outermost value only whitespace may follow. */
  expectEnd(): void {
    this.skipWhitespace();
    if (this.position < this.length) throw this.unexpected();
  }

  private parseObject(): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    this.position++; // {
    this.skipWhitespace();
    if (this.position >= this.length) return result;
    if (this.text.charCodeAt(this.position) === CLOSE_BRACE) {
      this.position++;
      return result;
    }
    for (;;) {
      this.skipWhitespace();
      if (this.position >= this.length) return result;
      if (this.text.charCodeAt(this.position) !== QUOTE) throw this.unexpected();
      const key = this.parseString();
      if (key === undefined) return result;
      this.skipWhitespace();
      if (this.position >= this.length) return result;
      if (this.text.charCodeAt(this.position) !== COLON) throw this.unexpected();
      this.position++;
      const value = this.parseValue();
      if (value === undefined) return result;
      if (key === '__proto__') {
        // Plain assignment would replace the prototype; JSON.parse makes it an own property.
        Object.defineProperty(result, key, { value, writable: true, enumerable: true, configurable: true });
      } else {
        result[key] = value;
      }
      this.skipWhitespace();
      if (this.position >= this.length) return result;
      const code = this.text.charCodeAt(this.position++);
      if (code === CLOSE_BRACE) return result;
      if (code !== COMMA) {
        this.position--;
        throw this.unexpected();
      }
    }
  }

  private parseArray(): unknown[] {
    const result: unknown[] = [];
    this.position++; // [
    this.skipWhitespace();
    if (this.position >= this.length) return result;
    if (this.text.charCodeAt(this.position) === CLOSE_BRACKET) {
      this.position++;
      return result;
    }
    for (;;) {
      const value = this.parseValue();
      if (value === undefined) return result;
      result.push(value);
      this.skipWhitespace();
      if (this.position >= this.length) return result;
      const code = this.text.charCodeAt(this.position++);
      if (code === CLOSE_BRACKET) return result;
      if (code !== COMMA) {
        this.position--;
        throw this.unexpected();
      }
    }
  }

  /** Returns `undefined` (and consumes the rest) when the closing quote has not arrived yet. */
  private parseString(): string | undefined {
    const { text, length } = this;
    const start = this.position + 1;
    let index = start;
    let escaped = false;
    while (index < length) {
      const code = text.charCodeAt(index);
      if (code === QUOTE) break;
      if (code === BACKSLASH) {
        escaped = true;
        index += 2;
        continue;
      }
      if (code < 0x20) {
        this.position = index;
        throw this.unexpected();
      }
      index++;
    }
    if (index >= length) {
      this.position = length;
      return undefined;
    }
    this.position = index + 1;
    return escaped ? this.decodeEscapes(start, index) : text.slice(start, index);
  }

  private decodeEscapes(start: number, end: number): string {
    const { text } = this;
    let result = '';
    let chunkStart = start;
    for (let index = start; index < end; index++) {
      if (text.charCodeAt(index) !== BACKSLASH) continue;
      result += text.slice(chunkStart, index);
      const escape = text[index + 1];
      switch (escape) {
        case '"':
        case '\\':
        case '/':
          result += escape;
          break;
        case 'b':
          result += '\b';
          break;
        case 'f':
          result += '\f';
          break;
        case 'n':
          result += '\n';
          break;
        case 'r':
          result += '\r';
          break;
        case 't':
          result += '\t';
          break;
        case 'u': {
          const hex = text.slice(index + 2, index + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
            this.position = index;
            throw this.unexpected('Bad Unicode escape');
          }
          // Surrogate pairs need no special case: each half is one UTF-16 unit, as in JSON.parse.
          result += String.fromCharCode(Number.parseInt(hex, 16));
          index += 4;
          break;
        }
        default:
          this.position = index;
          throw this.unexpected('Bad escaped character');
      }
      index++;
      chunkStart = index + 1;
    }
    return result + text.slice(chunkStart, end);
  }

  /**
   * Follows the JSON number grammar. Returns `undefined` when the text ends where the grammar still
   * needs a digit (`-`, `1.`, `1e`, `1e+`).
   */
  private parseNumber(): number | undefined {
    const { text, length } = this;
    const start = this.position;
    let index = start;
    if (text.charCodeAt(index) === MINUS) index++;
    if (index >= length) return this.cutShort();
    if (text.charCodeAt(index) === DIGIT_0) {
      index++;
    } else if (isDigit(text.charCodeAt(index))) {
      while (index < length && isDigit(text.charCodeAt(index))) index++;
    } else {
      this.position = index;
      throw this.unexpected();
    }
    if (index < length && text.charCodeAt(index) === DOT) {
      index++;
      if (index >= length) return this.cutShort();
      if (!isDigit(text.charCodeAt(index))) {
        this.position = index;
        throw this.unexpected();
      }
      while (index < length && isDigit(text.charCodeAt(index))) index++;
    }
    if (index < length && (text.charCodeAt(index) === LOWER_E || text.charCodeAt(index) === UPPER_E)) {
      index++;
      if (index < length && (text.charCodeAt(index) === PLUS || text.charCodeAt(index) === MINUS)) index++;
      if (index >= length) return this.cutShort();
      if (!isDigit(text.charCodeAt(index))) {
        this.position = index;
        throw this.unexpected();
      }
      while (index < length && isDigit(text.charCodeAt(index))) index++;
    }
    this.position = index;
    return Number(text.slice(start, index));
  }

  private parseLiteral<T>(word: string, value: T): T | undefined {
    const available = this.text.slice(this.position, this.position + word.length);
    if (available === word) {
      this.position += word.length;
      return value;
    }
    if (this.position + available.length >= this.length && word.startsWith(available)) return this.cutShort();
    throw this.unexpected();
  }

  private cutShort(): undefined {
    this.position = this.length;
    return undefined;
  }

  private skipWhitespace(): void {
    const { text, length } = this;
    let index = this.position;
    while (index < length) {
      const code = text.charCodeAt(index);
      if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) break;
      index++;
    }
    this.position = index;
  }

  private unexpected(reason = 'Unexpected token'): SyntaxError {
    const found = this.text[this.position];
    return new SyntaxError(`${reason} ${found === undefined ? 'at end' : JSON.stringify(found)} in partial JSON at position ${this.position}`);
  }
}

function isDigit(code: number): boolean {
  return code >= DIGIT_0 && code <= DIGIT_9;
}
