const FILLER = 'the quick brown fox jumps over the lazy dog ';

/**
 * The id of a synthetic ended batch whose results file holds `lines` results: the server reads the
 * count back from the id, so each run asks for the size it wants.
 *
 * @example
 * await new Batches(client).results(batchId(100_000));
 */
export function batchId(lines: number): string {
  return `msgbatch_01Bench${lines}`;
}

/** The result count encoded in a batch id by {@link batchId}, or `undefined` for another id. */
export function linesOfBatch(id: string): number | undefined {
  const match = /^msgbatch_01Bench(\d+)$/.exec(id);
  return match ? Number(match[1]) : undefined;
}

/** An ended batch, as `GET /v1/messages/batches/<id>` returns it, with its results at `resultsUrl`. */
export function endedBatch(id: string, lines: number, resultsUrl: string): Record<string, unknown> {
  return {
    id,
    type: 'message_batch',
    processing_status: 'ended',
    request_counts: { processing: 0, succeeded: lines, errored: 0, canceled: 0, expired: 0 },
    ended_at: '2026-12-01T10:30:00.000000+00:00',
    created_at: '2026-12-01T10:00:00.000000+00:00',
    expires_at: '2026-12-02T10:00:00.000000+00:00',
    archived_at: null,
    cancel_initiated_at: null,
    results_url: resultsUrl,
  };
}

/**
 * Line `index` of the results file: a realistic succeeded result of about 1 KB of JSON, ending
 * with a newline.
 *
 * @example
 * response.write(resultLine(0));
 */
export function resultLine(index: number): string {
  const line = {
    custom_id: `request-${index}`,
    result: {
      type: 'succeeded',
      message: {
        id: `msg_${String(index).padStart(24, '0')}`,
        type: 'message',
        role: 'assistant',
        model: 'claude-opus-4-6',
        content: [{ type: 'text', text: `Answer ${index}: ${FILLER.repeat(14)}`, citations: null }],
        stop_reason: 'end_turn',
        stop_sequence: null,
        usage: {
          input_tokens: 24,
          output_tokens: 160,
          cache_creation_input_tokens: 0,
          cache_read_input_tokens: 0,
          service_tier: 'batch',
        },
      },
    },
  };
  return `${JSON.stringify(line)}\n`;
}
