import type { StructuredOutputReply } from './output-format.js';
import { validateStandardSchema, type StandardSchemaLike } from './standard-schema.js';
import { StructuredOutputError } from './structured-output-error.js';

/**
 * A structured-output reply's text as a value: `JSON.parse`, then, given a `validator`, its
 * `~standard.validate`. A text that is not JSON because the reply stopped at `max_tokens` says so.
 *
 * @throws StructuredOutputError carrying the raw text (and the validation issues).
 * @example
 * const person = parseStructuredOutput(block.text, personSchema, message);
 */
export function parseStructuredOutput<ParsedT>(
  text: string,
  validator?: StandardSchemaLike<ParsedT>,
  reply?: StructuredOutputReply,
): ParsedT {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    const detail = (cause as Error).message;
    throw new StructuredOutputError({
      rawText: text,
      reason:
        reply?.stop_reason === 'max_tokens'
          ? `the reply stopped at max_tokens before the JSON was complete (${detail}); raise max_tokens.`
          : `the reply is not valid JSON (${detail}).`,
      cause,
    });
  }
  if (!validator) return value as ParsedT;
  const result = validateStandardSchema(validator, value);
  if (result.issues) {
    const count = result.issues.length;
    throw new StructuredOutputError({
      rawText: text,
      reason: `the reply does not match the schema (${count} issue${count === 1 ? '' : 's'}):`,
      issues: result.issues,
    });
  }
  return result.value;
}
