import { AnthropicError, ERROR_KIND } from '../errors/anthropic-error.js';

/**
 * One way the reply failed the schema: where (`path`, empty for the root) and what the validator said.
 *
 * @example
 * const issue: StructuredOutputIssue = { path: ['people', 0, 'age'], message: 'Expected number, received string' };
 */
export interface StructuredOutputIssue {
  readonly message: string;
  readonly path: readonly PropertyKey[];
}

/** At most this many issues are listed in the message; all of them are in `issues`. */
const LISTED_ISSUES = 5;

/**
 * The text of a structured-output reply could not be turned into the parsed value: it is not JSON
 * (a `max_tokens` stop before the JSON was complete is named as such), it does not satisfy the
 * schema (`issues` lists every problem, the message the first five), or the format's own `parse`
 * failed (`cause`). `rawText` is the reply exactly as the model wrote it.
 *
 * @example
 * try {
 *   await parseMessage(client, params);
 * } catch (error) {
 *   if (error instanceof StructuredOutputError) console.error(error.rawText, error.issues);
 * }
 */
export class StructuredOutputError extends AnthropicError {
  override get [ERROR_KIND](): string {
    return 'StructuredOutputError';
  }

  /** The text block's text, unparsed. */
  readonly rawText: string;
  /** What the validator reported; empty when the text is not JSON or `parse` threw. */
  readonly issues: readonly StructuredOutputIssue[];

  constructor(init: {
    rawText: string;
    /** Why, in a few words, e.g. "the reply is not valid JSON (Unexpected end of JSON input)". */
    reason: string;
    issues?: readonly StructuredOutputIssue[] | undefined;
    cause?: unknown;
  }) {
    const issues = init.issues ?? [];
    const listed = issues.slice(0, LISTED_ISSUES).map((issue) => `\n  - ${describeIssue(issue)}`);
    const more = issues.length > LISTED_ISSUES ? `\n  … and ${issues.length - LISTED_ISSUES} more issue(s)` : '';
    super(`Failed to parse structured output: ${init.reason}${listed.join('')}${more}`, { cause: init.cause });
    this.rawText = init.rawText;
    this.issues = issues;
  }
}

/**
 * An issue as one line: `path.to.field: message`, or the message alone for the root.
 *
 * @example
 * describeIssue({ path: ['people', 0, 'age'], message: 'Expected number' }); // 'people.0.age: Expected number'
 */
export function describeIssue(issue: StructuredOutputIssue): string {
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}
