import { AnthropicError } from '../errors/anthropic-error.js';

/**
 * Template tag for API paths: percent-encodes each parameter (everything outside the URL path's
 * safe set, so `/` becomes `%2F`) and refuses values that are missing, objects, not well-formed
 * Unicode (a lone surrogate), empty, a `.`/`..` segment, or that start with `;` after at most two
 * dots (`;x`, `.;x`, `..;x`: servers that read `;` as a path-parameter separator would see an empty
 * or dot segment), so no id can move the request
 * to another endpoint.
 *
 * @example
 * client.get(path`/v1/models/${modelId}`)
 */
export function path(strings: TemplateStringsArray, ...params: unknown[]): string {
  let result = strings[0] ?? '';
  params.forEach((param, index) => {
    if (param === null || param === undefined || (typeof param === 'object' && !Array.isArray(param))) {
      throw new AnthropicError(
        `Path parameters result in path with invalid segments: parameter ${index + 1} is ${param === null ? 'null' : typeof param} in ${strings.join('<param>')}`,
      );
    }
    let encoded: string;
    try {
      encoded = encodeURIComponent(String(param))
        .replace(/[!'()*]/g, (character) => character)
        .replace(/%(?:24|26|2B|2C|3B|3D|3A|40)/gi, decodeURIComponent);
    } catch (cause) {
      // encodeURIComponent throws a URIError on a lone surrogate (found by property tests).
      throw new AnthropicError(
        `Path parameters result in path with invalid segments: parameter ${index + 1} is not well-formed Unicode (it has a lone surrogate) in ${strings.join('<param>')}`,
        { cause },
      );
    }
    if (/^(?:\.|%2e){0,2}(?:;|$)/i.test(encoded)) {
      throw new AnthropicError(
        `Path parameters result in path with invalid segments: parameter ${index + 1} (${JSON.stringify(String(param))}) is empty, a dot segment or starts with ";" in ${strings.join('<param>')}`,
      );
    }
    result += encoded + (strings[index + 1] ?? '');
  });
  return result;
}
