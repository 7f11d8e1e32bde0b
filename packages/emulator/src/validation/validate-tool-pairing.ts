type CheckedMessage = { role: string; content: string | Array<Record<string, unknown>> };

/**
 * The API's pairing rule: every `tool_use` in an assistant message needs a `tool_result` in the very
 * next message, and every `tool_result` must answer a `tool_use` of the message before it. Catches tool
 * runners that drop or reorder results.
 *
 * @example
 * validateToolPairing(messages);
 * // 'messages.1: `tool_use` ids were found without `tool_result` blocks immediately after: toolu_1. …'
 */
export function validateToolPairing(messages: CheckedMessage[]): string | undefined {
  for (const [index, message] of messages.entries()) {
    const previous = messages[index - 1];
    const toolUseIds = previous?.role === 'assistant' ? idsOf(previous.content, 'tool_use', 'id') : new Set<string>();
    if (message.role === 'user' && typeof message.content !== 'string') {
      for (const [blockIndex, block] of message.content.entries()) {
        const resultId = block['tool_use_id'];
        if (block['type'] === 'tool_result' && typeof resultId === 'string' && !toolUseIds.has(resultId)) {
          return `messages.${index}.content.${blockIndex}: unexpected \`tool_use_id\` found in \`tool_result\` blocks: ${resultId}. Each \`tool_result\` block must have a corresponding \`tool_use\` block in the previous message.`;
        }
      }
    }
    const next = messages[index + 1];
    if (message.role === 'assistant' && next) {
      const answered = next.role === 'user' ? idsOf(next.content, 'tool_result', 'tool_use_id') : new Set<string>();
      const missing = [...idsOf(message.content, 'tool_use', 'id')].filter((id) => !answered.has(id));
      if (missing.length > 0) {
        return `messages.${index}: \`tool_use\` ids were found without \`tool_result\` blocks immediately after: ${missing.join(', ')}. Each \`tool_use\` block must have a corresponding \`tool_result\` block in the next message.`;
      }
    }
  }
  return undefined;
}

function idsOf(content: CheckedMessage['content'], blockType: string, idField: string): Set<string> {
  const ids = new Set<string>();
  if (typeof content === 'string') return ids;
  for (const block of content) {
    const id = block[idField];
    if (block['type'] === blockType && typeof id === 'string') ids.add(id);
  }
  return ids;
}
