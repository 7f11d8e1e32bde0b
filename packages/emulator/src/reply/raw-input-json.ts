import type { ContentBlock } from './message-types.js';

// Tool-use blocks scripted with `inputJson`: the text to stream instead of JSON.stringify(input).
// Kept beside the block, never on it, so the JSON reply shows only what the API would send.
const RAW_INPUT_JSON = new WeakMap<ContentBlock, string>();

/**
 * Remembers the raw input JSON of a built block.
 *
 * @example
 * setRawInputJson(block, '{"city": "Par');
 */
export function setRawInputJson(block: ContentBlock, json: string): void {
  RAW_INPUT_JSON.set(block, json);
}

/**
 * The raw input JSON to stream for a block, if it was scripted with one.
 *
 * @example
 * const json = rawInputJsonOf(block) ?? JSON.stringify(block.input ?? {});
 */
export function rawInputJsonOf(block: ContentBlock): string | undefined {
  return RAW_INPUT_JSON.get(block);
}
