import { streamMessage } from '@anth/messages';
import { SMOKE_MODEL, expectedReply } from './smoke-context.js';
import { withDeadline } from './with-deadline.js';

const SAID = 'stream smoke, long enough to arrive in several chunks';

/**
 * `streamMessage` read through `textStream`: the deltas must join into the emulator's reply, arrive as
 * more than one chunk (it really streamed), and agree with the accumulated final message.
 *
 * @example
 * const observed = await streamStep.run({ client, check: createSmokeCheck('stream'), stepTimeoutMs: 10_000 });
 *
 * @type {import('./smoke-context.js').SmokeStep}
 */
export const streamStep = {
  name: 'stream',
  async run({ client, check, stepTimeoutMs }) {
    const stream = streamMessage(client, {
      model: SMOKE_MODEL,
      max_tokens: 64,
      messages: [{ role: 'user', content: SAID }],
    });
    /** @type {string[]} */
    const deltas = [];
    const finalMessage = await withDeadline(
      async () => {
        for await (const delta of stream.textStream) deltas.push(delta);
        return stream.finalMessage();
      },
      stepTimeoutMs,
      'streamMessage',
      () => stream.abort(),
    );
    const text = deltas.join('');
    const finalText = finalMessage.content.map((block) => (block.type === 'text' ? block.text : '')).join('');
    check.equal('textStream text', text, expectedReply(SAID));
    check.that('textStream yielded more than one delta', deltas.length > 1, `${deltas.length} delta(s)`);
    check.equal('final message text', finalText, text);
    check.equal('stop_reason', finalMessage.stop_reason, 'end_turn');
    check.that(
      'request_id starts with req_',
      typeof stream.request_id === 'string' && stream.request_id.startsWith('req_'),
      String(stream.request_id),
    );
    return {
      text,
      deltaCount: deltas.length,
      stopReason: finalMessage.stop_reason,
      requestID: stream.request_id ?? null,
    };
  },
};
