import { isRecord } from '../is-record.js';
import { checkDictionary, checkExtraKeys, checkString, fieldRequired, firstError } from '../validation/field-checks.js';

const CUSTOM_ID_PATTERN = /^[a-zA-Z0-9_-]{1,64}$/;
const MAX_REQUESTS = 100_000;

/**
 * Validates the body of `POST /v1/messages/batches` and returns the API's message for the first
 * problem. Only the envelope is checked here (`requests`, each `custom_id`, `params` being an
 * object): like the API, the params themselves are validated when each request runs, and invalid
 * ones come back as `errored` results.
 *
 * @example
 * validateBatchCreate({ requests: [] }); // 'requests: List should have at least 1 item after validation, not 0'
 */
export function validateBatchCreate(body: unknown): string | undefined {
  if (!isRecord(body)) return 'body: Input should be a valid dictionary';
  const requests = body['requests'];
  return firstError(
    () => (requests === undefined ? fieldRequired('requests') : undefined),
    () => (Array.isArray(requests) ? undefined : 'requests: Input should be a valid list'),
    () => validateRequests(requests as unknown[]),
    // Catches SDK-only params leaking into the body (`user_profile_id` belongs in its header).
    () => checkExtraKeys(body, ['requests']),
  );
}

function validateRequests(requests: unknown[]): string | undefined {
  if (requests.length === 0) return 'requests: List should have at least 1 item after validation, not 0';
  if (requests.length > MAX_REQUESTS)
    return `requests: List should have at most ${MAX_REQUESTS} items after validation, not ${requests.length}`;
  const seen = new Set<string>();
  for (const [index, request] of requests.entries()) {
    const path = `requests.${index}`;
    if (!isRecord(request)) return `${path}: Input should be a valid dictionary`;
    const customId = request['custom_id'];
    const error = firstError(
      () => (customId === undefined ? fieldRequired(`${path}.custom_id`) : checkString(customId, `${path}.custom_id`)),
      () =>
        CUSTOM_ID_PATTERN.test(customId as string)
          ? undefined
          : `${path}.custom_id: String should match pattern '${CUSTOM_ID_PATTERN.source}'`,
      () =>
        request['params'] === undefined
          ? fieldRequired(`${path}.params`)
          : checkDictionary(request['params'], `${path}.params`),
      () => checkExtraKeys(request, ['custom_id', 'params'], `${path}.`),
    );
    if (error) return error;
    if (seen.has(customId as string))
      return `requests: Duplicate custom_id '${String(customId)}': each request in a batch needs a unique custom_id`;
    seen.add(customId as string);
  }
  return undefined;
}
