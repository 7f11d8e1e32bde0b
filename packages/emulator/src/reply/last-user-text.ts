import { isRecord } from '../is-record.js';

/**
 * The text of the last user message: its string content, or its text blocks (tool_result text
 * included) joined with a space. Empty when there is none.
 *
 * @example
 * lastUserText([{ role: 'user', content: 'Hi' }]); // 'Hi'
 */
export function lastUserText(messages: ReadonlyArray<{ role: string; content: unknown }>): string {
  const lastUser = [...messages].reverse().find((message) => message.role === 'user');
  return lastUser ? contentText(lastUser.content).join(' ').trim() : '';
}

function contentText(content: unknown): string[] {
  if (typeof content === 'string') return [content];
  if (!Array.isArray(content)) return [];
  return content.flatMap((block: unknown) => {
    if (!isRecord(block)) return [];
    if (block['type'] === 'text' && typeof block['text'] === 'string') return [block['text']];
    if (block['type'] === 'tool_result') return contentText(block['content']);
    return [];
  });
}
