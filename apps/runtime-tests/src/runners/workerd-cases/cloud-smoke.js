import { createMessage, streamMessage } from '@anth/messages';

/** @type {import('@anth/core').MessageCreateParamsNonStreaming} */
const params = {
  model: 'claude-opus-4-6',
  max_tokens: 128,
  messages: [{ role: 'user', content: 'Hello from workerd' }],
};

/**
 * What every cloud case checks on workerd with static credentials: a message, and a streamed reply
 * read through `textStream` whose text equals the accumulated final message. Never throws: a failed
 * check becomes a line in `failures`.
 *
 * @param {import('@anth/core').Anthropic} client
 * @returns {Promise<{ ok: boolean, failures: string[], created?: string, streamedCharacters?: number }>}
 */
export async function runCloudSmoke(client) {
  /** @type {string[]} */
  const failures = [];
  /** @type {{ failures: string[], created?: string, streamedCharacters?: number }} */
  const result = { failures };
  try {
    const message = await createMessage(client, params);
    result.created = message.content[0]?.type;
    if (message.type !== 'message') failures.push(`create: expected a message, got ${JSON.stringify(message.type)}`);
  } catch (error) {
    failures.push(`create: ${describe(error)}`);
  }
  try {
    const stream = streamMessage(client, { ...params });
    let text = '';
    for await (const delta of stream.textStream) text += delta;
    const final = await stream.finalText();
    result.streamedCharacters = text.length;
    if (text.length === 0 || text !== final)
      failures.push(`stream: textStream gave ${JSON.stringify(text)}, finalText ${JSON.stringify(final)}`);
  } catch (error) {
    failures.push(`stream: ${describe(error)}`);
  }
  return { ok: failures.length === 0, ...result };
}

/** @param {unknown} error */
function describe(error) {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
