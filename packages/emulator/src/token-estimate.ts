import { isRecord } from './is-record.js';

// Roughly what an image or a PDF page costs; counting base64 characters would be wildly off.
const MEDIA_BLOCK_TOKENS = 1600;

/**
 * Tokens for a piece of text: one per four characters, rounded up. Crude but deterministic, which is
 * what tests need.
 *
 * @example
 * estimateTextTokens('Hello!'); // 2
 */
export function estimateTextTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/**
 * Input tokens of a messages request (messages, system and tools). The same estimator backs
 * `count_tokens` and `usage.input_tokens`, so the two always agree.
 *
 * @example
 * estimateInputTokens({ messages: [{ role: 'user', content: 'Hello!' }] }); // 2
 */
export function estimateInputTokens(params: { messages?: unknown; system?: unknown; tools?: unknown }): number {
  let tokens = 0;
  if (Array.isArray(params.messages)) {
    for (const message of params.messages) {
      if (isRecord(message)) tokens += estimateContentTokens(message['content']);
    }
  }
  tokens += estimateContentTokens(params.system);
  if (params.tools !== undefined) tokens += estimateTextTokens(JSON.stringify(params.tools));
  return tokens;
}

/**
 * Tokens of message content: a string or a list of content blocks.
 *
 * @example
 * estimateContentTokens([{ type: 'text', text: 'abcd' }]); // 1
 */
export function estimateContentTokens(content: unknown): number {
  if (typeof content === 'string') return estimateTextTokens(content);
  if (!Array.isArray(content)) return 0;
  let tokens = 0;
  for (const block of content) tokens += estimateBlockTokens(block);
  return tokens;
}

function estimateBlockTokens(block: unknown): number {
  if (!isRecord(block)) return 0;
  switch (block['type']) {
    case 'text':
      return estimateTextTokens(String(block['text'] ?? ''));
    case 'thinking':
      return estimateTextTokens(String(block['thinking'] ?? ''));
    case 'redacted_thinking':
      return 0;
    case 'tool_use':
    case 'server_tool_use':
      return estimateTextTokens(JSON.stringify(block['input'] ?? {}));
    case 'tool_result':
      return estimateContentTokens(block['content']);
    case 'image':
    case 'document':
      return MEDIA_BLOCK_TOKENS;
    default:
      return estimateTextTokens(JSON.stringify(block));
  }
}
