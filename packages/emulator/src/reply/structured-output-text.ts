import type { ScriptedTurn } from '../types.js';
import { jsonFromSchema } from './json-from-schema.js';

/** What a structured-output reply says: the reply text, and whether it was cut (a `max_tokens` stop). */
export interface StructuredOutputText {
  text: string;
  cut: boolean;
}

/**
 * The text of a reply to a `json_schema` format: the JSON generated from the schema, or, as a
 * scripted turn asks, a spoiled version: `'invalid_json'` puts chatter before the JSON (as a model
 * without constrained decoding might), `'max_tokens'` cuts it in the middle.
 *
 * @example
 * createStructuredOutputText({ type: 'object', properties: { n: { type: 'integer' } } }); // { text: '{"n":1}', cut: false }
 */
export function createStructuredOutputText(
  schema: unknown,
  mode: ScriptedTurn['structuredOutput'],
): StructuredOutputText {
  const json = JSON.stringify(jsonFromSchema(schema));
  if (mode === 'invalid_json') return { text: `Here is the JSON you asked for:\n${json}`, cut: false };
  if (mode === 'max_tokens')
    return {
      text: Array.from(json)
        .slice(0, Math.ceil(json.length / 2))
        .join(''),
      cut: true,
    };
  return { text: json, cut: false };
}
