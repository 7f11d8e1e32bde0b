import { isRecord } from '../is-record.js';
import {
  checkBoolean,
  checkDictionary,
  checkExtraKeys,
  checkInteger,
  checkNumber,
  checkString,
  fieldRequired,
  firstError,
  optional,
} from './field-checks.js';

const COMPLETE_KEYS = [
  'model',
  'prompt',
  'max_tokens_to_sample',
  'stop_sequences',
  'temperature',
  'top_p',
  'top_k',
  'metadata',
  'stream',
];

/** The prompt markers, with real newlines (wire.md §4.1: TS 0.120's escaped ones are a bug). */
export const HUMAN_PROMPT = '\n\nHuman:';
export const AI_PROMPT = '\n\nAssistant:';

/**
 * Validates the body of the legacy `POST /v1/complete` and returns the API's message for the first
 * problem.
 *
 * @example
 * validateCompleteParams({ model: 'm', prompt: 'Hi', max_tokens_to_sample: 5 });
 * // 'prompt must start with "\n\nHuman:" turn'
 */
export function validateCompleteParams(body: unknown): string | undefined {
  if (!isRecord(body)) return 'body: Input should be a valid dictionary';
  const prompt = body['prompt'];
  return firstError(
    () => (body['model'] === undefined ? fieldRequired('model') : checkString(body['model'], 'model')),
    () => (prompt === undefined ? fieldRequired('prompt') : checkString(prompt, 'prompt')),
    () => {
      const maxTokens = body['max_tokens_to_sample'];
      return maxTokens === undefined
        ? fieldRequired('max_tokens_to_sample')
        : checkInteger(maxTokens, 'max_tokens_to_sample', { min: 1 });
    },
    () => optional(body['temperature'], (value) => checkNumber(value, 'temperature', { min: 0, max: 1 })),
    () => optional(body['stream'], (value) => checkBoolean(value, 'stream')),
    () => optional(body['metadata'], (value) => checkDictionary(value, 'metadata')),
    () => checkExtraKeys(body, COMPLETE_KEYS),
    () => (String(prompt).startsWith(HUMAN_PROMPT) ? undefined : `prompt must start with "${HUMAN_PROMPT}" turn`),
    () => (String(prompt).includes(AI_PROMPT) ? undefined : `prompt must contain "${AI_PROMPT}" turn`),
  );
}
