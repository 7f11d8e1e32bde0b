import { isRecord } from '../is-record.js';
import { checkDictionary, checkString, fieldRequired, firstError } from './field-checks.js';

// Required fields of the block params the emulator knows. Other block types (server tool results,
// search_result, beta blocks…) pass with only their `type` checked, so new API blocks never break it.
const REQUIRED_FIELDS: Record<string, Array<[field: string, check: 'string' | 'dictionary' | 'present']>> = {
  text: [['text', 'string']],
  image: [['source', 'dictionary']],
  document: [['source', 'dictionary']],
  tool_use: [
    ['id', 'string'],
    ['name', 'string'],
    ['input', 'dictionary'],
  ],
  server_tool_use: [
    ['id', 'string'],
    ['name', 'string'],
    ['input', 'dictionary'],
  ],
  tool_result: [['tool_use_id', 'string']],
  thinking: [
    ['thinking', 'string'],
    ['signature', 'string'],
  ],
  redacted_thinking: [['data', 'string']],
};

/**
 * Checks one content block param at `path` (e.g. `messages.0.content.1`).
 *
 * @example
 * validateContentBlock({ type: 'text' }, 'messages.0.content.0'); // 'messages.0.content.0.text: Field required'
 */
export function validateContentBlock(block: unknown, path: string): string | undefined {
  if (!isRecord(block)) return `${path}: Input should be a valid dictionary`;
  const type = block['type'];
  if (type === undefined) return fieldRequired(`${path}.type`);
  if (typeof type !== 'string') return `${path}.type: Input should be a valid string`;
  const fields = REQUIRED_FIELDS[type] ?? [];
  for (const [field, check] of fields) {
    const value = block[field];
    const fieldPath = `${path}.${field}`;
    if (value === undefined) return fieldRequired(fieldPath);
    const error = firstError(
      () => (check === 'string' ? checkString(value, fieldPath) : undefined),
      () => (check === 'dictionary' ? checkDictionary(value, fieldPath) : undefined),
    );
    if (error) return error;
  }
  if (type === 'tool_result') return validateToolResultContent(block['content'], `${path}.content`);
  return undefined;
}

function validateToolResultContent(content: unknown, path: string): string | undefined {
  if (content === undefined || typeof content === 'string') return undefined;
  if (!Array.isArray(content)) return `${path}: Input should be a valid list`;
  for (const [index, block] of content.entries()) {
    const error = validateContentBlock(block, `${path}.${index}`);
    if (error) return error;
  }
  return undefined;
}
