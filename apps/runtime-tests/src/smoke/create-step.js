import { createMessage } from '@anth/messages';
import { SMOKE_MODEL, expectedReply } from './smoke-context.js';
import { withDeadline } from './with-deadline.js';

const SAID = 'create smoke';

/**
 * A plain `createMessage` call: the reply text, `stop_reason` and the `_request_id` the client read
 * from the response headers.
 *
 * @example
 * const observed = await createStep.run({ client, check: createSmokeCheck('create'), stepTimeoutMs: 10_000 });
 *
 * @type {import('./smoke-context.js').SmokeStep}
 */
export const createStep = {
  name: 'create',
  async run({ client, check, stepTimeoutMs }) {
    const message = await withDeadline(
      () => createMessage(client, { model: SMOKE_MODEL, max_tokens: 64, messages: [{ role: 'user', content: SAID }] }),
      stepTimeoutMs,
      'createMessage',
    );
    const text = message.content.map((block) => (block.type === 'text' ? block.text : '')).join('');
    const requestID = message._request_id ?? null;
    check.equal('text', text, expectedReply(SAID));
    check.equal('role', message.role, 'assistant');
    check.equal('stop_reason', message.stop_reason, 'end_turn');
    check.that(
      '_request_id starts with req_',
      typeof requestID === 'string' && requestID.startsWith('req_'),
      String(requestID),
    );
    return { text, stopReason: message.stop_reason, requestID };
  },
};
