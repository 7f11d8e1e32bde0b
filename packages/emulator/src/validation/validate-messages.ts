import { isRecord } from '../is-record.js';
import {
  checkDictionary,
  checkExtraKeys,
  checkLiteral,
  checkTag,
  fieldRequired,
  firstError,
  optional,
} from './field-checks.js';
import { validateContentBlock } from './validate-content-block.js';
import { validateToolPairing } from './validate-tool-pairing.js';

// What a system-role message may hold: text, and the beta tool runner's tool changes.
const SYSTEM_BLOCK_TYPES = ['text', 'tool_addition', 'tool_removal'];

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
  // Shapes are checked above, so every element is a record with a role and (but for a system message) content.
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
  // Mid-conversation system messages are accepted; the first message must still be a user turn.
  const roleError = checkLiteral(message['role'], `${path}.role`, ['user', 'assistant', 'system']);
  if (roleError) return roleError;
  if (message['role'] === 'system') return validateSystemMessage(message, path);
  const content = message['content'];
  if (content === undefined) return fieldRequired(`${path}.content`);
  return validateContent(content, path);
}

/**
 * A `system`-role message (2026-10-21): text only (a string or `text` blocks), plus the tool changes
 * the beta tool runner sends there (`tool_addition` / `tool_removal`, accepted with or without an
 * `anthropic-beta` header: the beta SDK sends them on the plain path, with no header of their own).
 * The beta fields `clear_at` and `output_config` are accepted, and `content` may then be left out.
 */
function validateSystemMessage(message: Record<string, unknown>, path: string): string | undefined {
  const content = message['content'];
  return firstError(
    () => (content === undefined ? undefined : validateContent(content, path)),
    () => {
      if (!Array.isArray(content)) return undefined;
      for (const [index, block] of (content as Array<Record<string, unknown>>).entries()) {
        const error = checkTag(block, `${path}.content.${index}`, SYSTEM_BLOCK_TYPES);
        if (error) return error;
      }
      return undefined;
    },
    () =>
      optional(message['clear_at'], (value) => checkLiteral(value, `${path}.clear_at`, ['next_user_message', 'never'])),
    () => optional(message['output_config'], (value) => checkDictionary(value, `${path}.output_config`)),
    () => checkExtraKeys(message, ['role', 'content', 'clear_at', 'output_config'], `${path}.`),
  );
}

function validateContent(content: unknown, path: string): string | undefined {
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
    // A beta system message may only set `clear_at` / `output_config`.
    if (message.content === undefined) continue;
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
