/**
 * Parses `ANTHROPIC_CUSTOM_HEADERS`: one `Name: value` per line, split at the first `:`, both sides
 * trimmed; lines without `:` (or with an empty name) are ignored.
 */
export function parseCustomHeaders(text: string | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  if (!text) return headers;
  for (const line of text.split(/\r?\n|\r/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim();
    if (name) headers[name] = line.slice(colon + 1).trim();
  }
  return headers;
}
