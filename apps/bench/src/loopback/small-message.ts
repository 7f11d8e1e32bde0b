/** The id of the canned non-streaming reply, which every measure checks it got back. */
export const SMALL_MESSAGE_ID = 'msg_01BenchSmallReply0000000';

/**
 * The canned reply to a non-streaming create (first-party and Bedrock InvokeModel alike): a short
 * text answer with the usage block the API sends, about 500 bytes of JSON.
 *
 * @example
 * response.end(JSON.stringify(smallMessage()));
 */
export function smallMessage(): Record<string, unknown> {
  return {
    id: SMALL_MESSAGE_ID,
    type: 'message',
    role: 'assistant',
    model: 'claude-opus-4-6',
    content: [
      {
        type: 'text',
        text: 'Hello! The capital of France is Paris, which is also its largest city.',
        citations: null,
      },
    ],
    stop_reason: 'end_turn',
    stop_sequence: null,
    usage: {
      input_tokens: 14,
      cache_creation_input_tokens: 0,
      cache_read_input_tokens: 0,
      cache_creation: { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: 0 },
      output_tokens: 19,
      server_tool_use: null,
      service_tier: 'standard',
    },
  };
}
