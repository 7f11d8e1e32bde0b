import { AnthropicError, type StandardSchemaLike } from '@anth/core';
import { describeIssue, toIssue } from '@anth/core/internal';

/**
 * A tool's input checked by its Standard Schema (zod, valibot, arktype, …; async validation allowed):
 * the validated value, or an error naming every problem. The tool runner sends that error back to
 * the model as an `is_error` tool_result, so it can correct the call.
 *
 * @throws AnthropicError `Invalid input for tool "<name>": <path>: <message>; …`.
 * @example
 * parse: (input) => validateToolInput(schema, input, 'get_weather'),
 */
export async function validateToolInput<Output>(
  schema: StandardSchemaLike<Output>,
  input: unknown,
  name: string,
): Promise<Output> {
  const result = await schema['~standard'].validate(input);
  if (result.issues === undefined) return result.value;
  const problems = result.issues.map((issue) => describeIssue(toIssue(issue)));
  throw new AnthropicError(`Invalid input for tool "${name}": ${problems.join('; ')}`);
}
