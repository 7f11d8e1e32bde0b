/**
 * Validates the body of `POST /v1/messages` (`kind: 'create'`) or `/v1/messages/count_tokens`
 * and returns the API's message for the first problem. Model existence is the route's job (404).
 *
 * @example
 * validateMessageParams({ model: 'claude-sonnet-4-5', messages: [] }, 'create'); // 'max_tokens: Field required'
 */
export declare function validateMessageParams(body: unknown, kind: 'create' | 'count_tokens'): string | undefined;
