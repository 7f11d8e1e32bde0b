import { isRecord } from '../is-record.js';
import { checkLiteral, fieldRequired } from './field-checks.js';
import { validateContentBlock } from './validate-content-block.js';
import { validateToolPairing } from './validate-tool-pairing.js';

/**
 * Checks the `messages` param like the API: shape of every message and block first, then the
 * conversation rules (first message from the user, non-empty content, tool_use/tool_result pairing).
 * Alternating roles are not enforced: the API merges consecutive turns.
 *
 * @example
 * validateMessages([]); // 'messages: at least one message is required'
 */
export function validateMessages(messages: unknown): string | undefined {
  if (messages === undefined) return fieldRequired('messages');
  if (!Array.isArray(messages)) return 'messages: Input should be a valid list';
  for (const [index, message] of messages.entries()) {
    const error = validateMessageShape(message, `messages.${index}`);
    if (error) return error;
  }
  // Shapes are checked above, so every element is a record with a role and content.
  const typed = messages as Array<{ role: string; content: string | Array<Record<string, unknown>> }>;
  const first = typed[0];
  if (!first) return 'messages: at least one message is required';
  // A conversation compacted earlier starts with the assistant turn holding its `compaction` block.
  if (first.role !== 'user' && !startsWithCompaction(first)) return 'messages: first message must use the "user" role';
  return validateNonEmptyContent(typed) ?? validateToolPairing(typed);
}

function startsWithCompaction(message: { role: string; content: string | Array<Record<string, unknown>> }): boolean {
  return (
    message.role === 'assistant' && Array.isArray(message.content) && message.content[0]?.['type'] === 'compaction'
  );
}

function validateMessageShape(message: unknown, path: string): string | undefined {
  if (!isRecord(message)) return `${path}: Input should be a valid dictionary`;
  if (message['role'] === undefined) return fieldRequired(`${path}.role`);
  // Mid-conversation system messages are accepted (TS 0.120 sends them); the first must still be a user turn.
  const roleError = checkLiteral(message['role'], `${path}.role`, ['user', 'assistant', 'system']);
  if (roleError) return roleError;
  const content = message['content'];
  if (content === undefined) return fieldRequired(`${path}.content`);
  if (typeof content === 'string') return undefined;
  if (!Array.isArray(content)) return `${path}.content: Input should be a valid list`;
  for (const [index, block] of content.entries()) {
    const error = validateContentBlock(block, `${path}.content.${index}`);
    if (error) return error;
  }
  return undefined;
}

function validateNonEmptyContent(
  messages: Array<{ role: string; content: string | Array<Record<string, unknown>> }>,
): string | undefined {
  const lastIndex = messages.length - 1;
  for (const [index, message] of messages.entries()) {
    const isFinalAssistant = index === lastIndex && message.role === 'assistant';
    if (Array.isArray(message.content)) {
      const hasEmptyText = message.content.some((block) => block['type'] === 'text' && block['text'] === '');
      if (hasEmptyText) return 'messages: text content blocks must be non-empty';
    }
    if (!isFinalAssistant && message.content.length === 0) {
      return `messages.${index}: all messages must have non-empty content except for the optional final assistant message`;
    }
    if (isFinalAssistant && /\s$/.test(finalText(message.content))) {
      return 'messages: final assistant content cannot end with trailing whitespace';
    }
  }
  return undefined;
}

function finalText(content: string | Array<Record<string, unknown>>): string {
  if (typeof content === 'string') return content;
  const last = content[content.length - 1];
  return last && last['type'] === 'text' && typeof last['text'] === 'string' ? last['text'] : '';
}
