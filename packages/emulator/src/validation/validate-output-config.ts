import { isRecord } from '../is-record.js';
import {
  checkDictionary,
  checkExtraKeys,
  checkLiteral,
  checkTag,
  fieldRequired,
  firstError,
  optional,
} from './field-checks.js';

const EFFORTS = ['low', 'medium', 'high', 'xhigh', 'max'];

/**
 * Validates `output_config` (effort and the structured-output format) and returns the API's message
 * for the first problem: `format` is `{ type: 'json_schema', schema: {…} }` or null. What the schema
 * may contain is not checked.
 *
 * @example
 * validateOutputConfig({ format: { type: 'json_schema' } }); // 'output_config.format.schema: Field required'
 */
export function validateOutputConfig(outputConfig: unknown): string | undefined {
  if (!isRecord(outputConfig)) return checkDictionary(outputConfig, 'output_config');
  return firstError(
    () => optional(outputConfig['effort'], (effort) => checkLiteral(effort, 'output_config.effort', EFFORTS)),
    () => optional(outputConfig['format'], validateFormat),
    () => checkExtraKeys(outputConfig, ['effort', 'format'], 'output_config.'),
  );
}

function validateFormat(format: unknown): string | undefined {
  const tagError = checkTag(format, 'output_config.format', ['json_schema']);
  if (tagError) return tagError;
  const { schema } = format as Record<string, unknown>;
  return firstError(
    () => (schema === undefined ? fieldRequired('output_config.format.schema') : undefined),
    () => checkDictionary(schema, 'output_config.format.schema'),
    () => checkExtraKeys(format as Record<string, unknown>, ['type', 'schema'], 'output_config.format.'),
  );
}
