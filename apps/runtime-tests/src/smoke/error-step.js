import { APIError, AnthropicError, NotFoundError } from '@anth/core';
import { createMessage } from '@anth/messages';
import { describeError } from './describe-error.js';
import { withDeadline } from './with-deadline.js';

const UNKNOWN_MODEL = 'claude-smoke-no-such-model';

/**
 * An unknown model: the API answers 404 `not_found_error`, which must surface as a `NotFoundError`
 * that is also an `APIError` and an `AnthropicError` (checked with `instanceof`, which is what users
 * write), with the status, type and the response's request id.
 *
 * @example
 * const observed = await errorStep.run({ client, check: createSmokeCheck('error'), stepTimeoutMs: 10_000 });
 *
 * @type {import('./smoke-context.js').SmokeStep}
 */
export const errorStep = {
  name: 'error',
  async run({ client, check, stepTimeoutMs }) {
    /** @type {unknown} */
    let caught;
    try {
      await withDeadline(
        () =>
          createMessage(client, {
            model: UNKNOWN_MODEL,
            max_tokens: 16,
            messages: [{ role: 'user', content: 'error smoke' }],
          }),
        stepTimeoutMs,
        'createMessage with an unknown model',
      );
    } catch (error) {
      caught = error;
    }
    check.that('createMessage rejected', caught !== undefined, 'it resolved');
    const isNotFound = caught instanceof NotFoundError;
    const isAPIError = caught instanceof APIError;
    const isAnthropicError = caught instanceof AnthropicError;
    check.that('instanceof NotFoundError', isNotFound, describeError(caught).className);
    check.that('instanceof APIError', isAPIError);
    check.that('instanceof AnthropicError', isAnthropicError);
    const type = caught instanceof APIError ? caught.type : null;
    const requestID = caught instanceof APIError ? caught.requestID : null;
    const status = caught instanceof APIError ? caught.status : undefined;
    check.equal('status', status, 404);
    check.equal('type', type, 'not_found_error');
    check.that(
      'requestID starts with req_',
      typeof requestID === 'string' && requestID.startsWith('req_'),
      String(requestID),
    );
    check.that(
      'message names the model',
      caught instanceof Error && caught.message.includes(UNKNOWN_MODEL),
      caught instanceof Error ? caught.message : undefined,
    );
    return { ...describeError(caught), status, type, requestID, isNotFound, isAPIError, isAnthropicError };
  },
};
