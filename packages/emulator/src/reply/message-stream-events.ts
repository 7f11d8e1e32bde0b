import type { ServerSentEvent } from '../sse.js';
import { chunkText } from './chunk-text.js';
import type { ContentBlock, Message } from './message-types.js';
import { rawInputJsonOf } from './raw-input-json.js';

/**
 * The SSE events of a streamed reply, in the API's order (streaming.md §3): `message_start`, `ping`,
 * per block start / deltas / stop, `message_delta`, `message_stop`. Accumulating them yields `message`.
 *
 * @example
 * toMessageStreamEvents(message, 8).map((event) => event.event);
 * // ['message_start', 'ping', 'content_block_start', 'content_block_delta', …, 'message_stop']
 */
export function toMessageStreamEvents(message: Message, chunkSize: number): ServerSentEvent[] {
  const { usage } = message;
  const events: ServerSentEvent[] = [
    {
      event: 'message_start',
      data: {
        type: 'message_start',
        message: {
          ...message,
          content: [],
          stop_reason: null,
          stop_sequence: null,
          // The container is reported with the stop fields, in message_delta.
          container: null,
          // Output is not known yet; the API sends a provisional count.
          usage: { ...usage, output_tokens: 1 },
        },
      },
    },
    { event: 'ping', data: { type: 'ping' } },
  ];
  for (const [index, block] of message.content.entries()) {
    events.push(...toBlockEvents(block, index, chunkSize));
  }
  events.push(
    {
      event: 'message_delta',
      data: {
        type: 'message_delta',
        delta: {
          stop_reason: message.stop_reason,
          stop_sequence: message.stop_sequence,
          stop_details: null,
          container: message.container,
        },
        usage: {
          output_tokens: usage.output_tokens,
          input_tokens: usage.input_tokens,
          cache_creation_input_tokens: usage.cache_creation_input_tokens,
          cache_read_input_tokens: usage.cache_read_input_tokens,
          server_tool_use: null,
        },
      },
    },
    { event: 'message_stop', data: { type: 'message_stop' } },
  );
  return events;
}

function toBlockEvents(block: ContentBlock, index: number, chunkSize: number): ServerSentEvent[] {
  const { initial, deltas } = splitBlock(block, chunkSize);
  return [
    { event: 'content_block_start', data: { type: 'content_block_start', index, content_block: initial } },
    ...deltas.map((delta) => ({ event: 'content_block_delta', data: { type: 'content_block_delta', index, delta } })),
    { event: 'content_block_stop', data: { type: 'content_block_stop', index } },
  ];
}

function splitBlock(
  block: ContentBlock,
  chunkSize: number,
): { initial: ContentBlock; deltas: Array<Record<string, unknown>> } {
  switch (block.type) {
    case 'text': {
      const citations = Array.isArray(block['citations']) ? (block['citations'] as unknown[]) : [];
      return {
        initial: { type: 'text', text: '', citations: null },
        deltas: [
          ...citations.map((citation) => ({ type: 'citations_delta', citation })),
          ...chunkText(String(block['text']), chunkSize).map((text) => ({ type: 'text_delta', text })),
        ],
      };
    }
    case 'thinking':
      return {
        initial: { type: 'thinking', thinking: '', signature: '' },
        deltas: [
          ...chunkText(String(block['thinking']), chunkSize).map((thinking) => ({ type: 'thinking_delta', thinking })),
          { type: 'signature_delta', signature: block['signature'] },
        ],
      };
    case 'tool_use':
    case 'server_tool_use':
    case 'mcp_tool_use': {
      const json = rawInputJsonOf(block) ?? JSON.stringify(block['input'] ?? {});
      return {
        initial: { ...block, input: {} },
        // The API opens every tool input with an empty partial_json; clients must cope with it.
        deltas: ['', ...chunkText(json, chunkSize)].map((partialJson) => ({
          type: 'input_json_delta',
          partial_json: partialJson,
        })),
      };
    }
    case 'compaction':
      return {
        initial: { type: 'compaction', content: null, encrypted_content: null },
        deltas: [
          ...chunkText(String(block['content'] ?? ''), chunkSize).map((content) => ({
            type: 'compaction_delta',
            content,
            encrypted_content: null,
          })),
          // The opaque form comes last, in one piece (it replaces rather than appends).
          ...(block['encrypted_content'] == null
            ? []
            : [{ type: 'compaction_delta', content: null, encrypted_content: block['encrypted_content'] }]),
        ],
      };
    default:
      // redacted_thinking and server tool results arrive complete in content_block_start.
      return { initial: block, deltas: [] };
  }
}
