/**
 * Splits text into pieces of `size` characters. Counts code points, so an emoji is never cut in half
 * (a lone surrogate would turn into U+FFFD on the wire).
 *
 * @example
 * chunkText('Hello!', 4); // ['Hell', 'o!']
 */
export declare function chunkText(text: string, size: number): string[];
