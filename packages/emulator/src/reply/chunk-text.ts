/**
 * Splits text into pieces of `size` characters. Counts code points, so an emoji is never cut in half
 * (a lone surrogate would turn into U+FFFD on the wire).
 *
 * @example
 * chunkText('Hello!', 4); // ['Hell', 'o!']
 */
export function chunkText(text: string, size: number): string[] {
  const characters = Array.from(text);
  const chunks: string[] = [];
  for (let start = 0; start < characters.length; start += size) {
    chunks.push(characters.slice(start, start + size).join(''));
  }
  return chunks;
}
