/** The prompt markers, with real newlines (wire.md §4.1: TS 0.120's escaped ones are a bug). */
export declare const HUMAN_PROMPT = "\n\nHuman:";
export declare const AI_PROMPT = "\n\nAssistant:";
/**
 * Validates the body of the legacy `POST /v1/complete` and returns the API's message for the first
 * problem.
 *
 * @example
 * validateCompleteParams({ model: 'm', prompt: 'Hi', max_tokens_to_sample: 5 });
 * // 'prompt must start with "\n\nHuman:" turn'
 */
export declare function validateCompleteParams(body: unknown): string | undefined;
