import { APIUserAbortError } from '@anth/core';
import { streamMessage } from '@anth/messages';
import { describeError } from './describe-error.js';
import { SMOKE_MODEL, expectedReply } from './smoke-context.js';
import { withDeadline } from './with-deadline.js';

const SAID = 'abort smoke: the server goes silent after two chunks of this reply';

/**
 * Aborts a stream mid-reply with the caller's own `AbortController`. The emulator stalls after the
 * second text delta (`stallAfterEvents: 5` = message_start, ping, content_block_start, 2 deltas) and
 * never ends the response, so only a working abort (signal → fetch → body) ends this step; without
 * one it hits the deadline. Iterating `textStream` may end quietly or throw `APIUserAbortError`;
 * either way `finalMessage()` must reject with `APIUserAbortError` and `abort` then `end` must fire.
 *
 * @example
 * server.emulator.fault(abortStep.fault ?? {});
 * const observed = await abortStep.run({ client, check: createSmokeCheck('abort'), stepTimeoutMs: 10_000 });
 *
 * @type {import('./smoke-context.js').SmokeStep}
 */
export const abortStep = {
  name: 'abort',
  fault: { stallAfterEvents: 5 },
  async run({ client, check, stepTimeoutMs }) {
    const controller = new AbortController();
    const stream = streamMessage(
      client,
      { model: SMOKE_MODEL, max_tokens: 64, messages: [{ role: 'user', content: SAID }] },
      { signal: controller.signal },
    );
    /** @type {string[]} */
    const events = [];
    stream.on('abort', () => events.push('abort'));
    stream.on('end', () => events.push('end'));
    let textBeforeAbort = '';
    let abortedAt = 0;
    /** @type {'ended' | 'threw'} */
    let iteration = 'ended';
    /** @type {unknown} */
    let iterationError;
    await withDeadline(
      async () => {
        try {
          for await (const delta of stream.textStream) {
            textBeforeAbort += delta;
            if (!controller.signal.aborted) {
              abortedAt = Date.now();
              controller.abort();
            }
          }
        } catch (error) {
          iteration = 'threw';
          iterationError = error;
        }
      },
      stepTimeoutMs,
      'textStream after abort',
      () => controller.abort(),
    ).catch((error) => check.that('textStream ended after abort', false, describeError(error).message));
    const iterationEndedMs = abortedAt === 0 ? null : Date.now() - abortedAt;
    const finalError = await withDeadline(() => stream.finalMessage(), stepTimeoutMs, 'finalMessage after abort').then(
      () => undefined,
      (error) => error,
    );

    const fullReply = expectedReply(SAID);
    check.that('a text delta arrived before the abort', textBeforeAbort.length > 0);
    check.that(
      'text before the abort is a strict prefix of the reply',
      textBeforeAbort.length < fullReply.length && fullReply.startsWith(textBeforeAbort),
      JSON.stringify(textBeforeAbort),
    );
    check.that(
      'textStream ended quietly or threw APIUserAbortError',
      iteration === 'ended' || iterationError instanceof APIUserAbortError,
      describeError(iterationError).className,
    );
    check.that(
      'finalMessage() rejected with APIUserAbortError',
      finalError instanceof APIUserAbortError,
      finalError === undefined ? 'it resolved' : describeError(finalError).className,
    );
    check.equal('stream.aborted', stream.aborted, true);
    check.equal('events', events.join(','), 'abort,end');
    return {
      textBeforeAbort,
      iteration,
      ...(iterationError === undefined ? {} : { iterationError: describeError(iterationError).className }),
      finalError: finalError === undefined ? null : describeError(finalError).className,
      events,
      iterationEndedMs,
    };
  },
};
