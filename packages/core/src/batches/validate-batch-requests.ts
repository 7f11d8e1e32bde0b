import { AnthropicError } from '../errors/anthropic-error.js';

// The API's rule for custom_id (platform docs, Create a Message Batch): 1–64 characters of these.
const CUSTOM_ID_PATTERN = /^[a-zA-Z0-9_-]{1,64}$/;

/**
 * Checks the request list of a Message Batch (GA or beta) before it is sent, so a mistake the API
 * would refuse for the whole batch, or a duplicate `custom_id` that would make results impossible to
 * match, fails at once with an `AnthropicError` naming the request, and nothing is sent:
 *
 * - `requests` is a non-empty array of objects;
 * - every `custom_id` is 1–64 characters of `A–Z a–z 0–9 _ -`, and unique in the batch (a duplicate
 *   names the index that first used it);
 * - every `params` is an object (its fields are validated by the API as each request runs).
 *
 * Shared by `@anth/batches` (`createBatch`) and `@anth/beta` (`createBetaBatch`).
 *
 * @param params the create params as the caller passed them (read defensively: callers may not use TypeScript).
 * @param caller the function name that prefixes every message, e.g. `'createBatch'`.
 * @throws AnthropicError on the first problem found.
 * @example
 * validateBatchRequests(params, 'createBatch');
 * return client.post<MessageBatch>('/v1/messages/batches', { body: params });
 */
export function validateBatchRequests(params: unknown, caller: string): void {
  const requests: unknown =
    typeof params === 'object' && params !== null ? (params as { requests?: unknown }).requests : undefined;
  if (!Array.isArray(requests)) {
    throw new AnthropicError(
      `${caller}: \`requests\` must be an array of { custom_id, params }; received ${describe(requests)}`,
    );
  }
  if (requests.length === 0)
    throw new AnthropicError(`${caller}: \`requests\` is empty; a batch needs at least one request.`);
  const firstIndexByID = new Map<string, number>();
  requests.forEach((request: unknown, index) => {
    const where = `${caller}: requests[${index}]`;
    if (typeof request !== 'object' || request === null || Array.isArray(request)) {
      throw new AnthropicError(`${where} must be an object { custom_id, params }; received ${describe(request)}`);
    }
    const { custom_id: customID, params: requestParams } = request as Record<string, unknown>;
    if (typeof customID !== 'string' || !CUSTOM_ID_PATTERN.test(customID)) {
      throw new AnthropicError(
        `${where}.custom_id ${describe(customID)} is invalid: use 1 to 64 characters among A-Z, a-z, 0-9, _ and -.`,
      );
    }
    const first = firstIndexByID.get(customID);
    if (first !== undefined) {
      throw new AnthropicError(
        `${where}.custom_id "${customID}" is already used by requests[${first}]; each custom_id must be unique within a batch, since results are matched on it.`,
      );
    }
    firstIndexByID.set(customID, index);
    if (typeof requestParams !== 'object' || requestParams === null || Array.isArray(requestParams)) {
      throw new AnthropicError(
        `${where}.params (custom_id "${customID}") must be the Messages API parameters object; received ${describe(requestParams)}`,
      );
    }
  });
}

/** A short, safe description of a bad value: strings quoted (and cut), other values by kind. */
function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
  if (value === null || value === undefined) return String(value);
  return Array.isArray(value) ? 'an array' : typeof value;
}
