const REPLY_TEXT =
  'Batch results stream line by line, so even a very large result set never has to fit in memory at once. '.repeat(6);

/**
 * The default line of a synthetic batch: a `succeeded` result with a realistic message (about 1.1 KB
 * of JSON), cheap to build because only the ids change from line to line.
 *
 * @example
 * createSyntheticResult(7).custom_id; // 'request-7'
 */
export function createSyntheticResult(index: number): unknown {
  return {
    custom_id: `request-${index}`,
    result: {
      type: 'succeeded',
      message: {
        id: `msg_synthetic${String(index).padStart(11, '0')}`,
        type: 'message',
        role: 'assistant',
        model: 'claude-sonnet-4-5-20250929',
        content: [{ type: 'text', text: REPLY_TEXT, citations: null }],
        stop_reason: 'end_turn',
        stop_sequence: null,
        stop_details: null,
        container: null,
        usage: {
          input_tokens: 24,
          output_tokens: 160,
          cache_creation_input_tokens: 0,
          cache_read_input_tokens: 0,
          cache_creation: { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: 0 },
          server_tool_use: null,
          service_tier: 'batch',
          inference_geo: null,
        },
      },
    },
  };
}
