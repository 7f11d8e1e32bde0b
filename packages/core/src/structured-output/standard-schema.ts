import { AnthropicError } from '../errors/anthropic-error.js';
import type { StructuredOutputIssue } from './structured-output-error.js';

// Standard Schema v1 (https://standardschema.dev), declared structurally: no schema library, and
// not even `@standard-schema/spec`, is needed to compile against these types.

/** An issue as a Standard Schema validator reports it. */
export interface StandardSchemaIssue {
  readonly message: string;
  readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }> | undefined;
}

/** What `~standard.validate` returns: the value, or the issues. */
export type StandardSchemaResult<Output> =
  | { readonly value: Output; readonly issues?: undefined }
  | { readonly issues: ReadonlyArray<StandardSchemaIssue> };

/**
 * The Standard JSON Schema converter (`~standard.jsonSchema`), which zod ≥ 4.2 and arktype provide,
 * and valibot through `toStandardJsonSchema()` of `@valibot/to-json-schema`.
 */
export interface StandardJSONSchemaConverter {
  /** The JSON Schema of what the schema accepts. */
  readonly input: (options: {
    readonly target: string;
    readonly libraryOptions?: Record<string, unknown> | undefined;
  }) => Record<string, unknown>;
  /** The JSON Schema of what validation produces (what structured outputs and tools send). */
  readonly output: (options: {
    readonly target: string;
    readonly libraryOptions?: Record<string, unknown> | undefined;
  }) => Record<string, unknown>;
}

/**
 * A schema of any library implementing Standard Schema v1 (zod ≥ 3.24, valibot ≥ 1, arktype ≥ 2, …).
 * `Output` is what validation produces (the parsed type).
 *
 * @example
 * import { type } from 'arktype';
 * const schema: StandardSchemaLike<{ city: string }> = type({ city: 'string' });
 */
export interface StandardSchemaLike<Output = unknown> {
  readonly '~standard': {
    readonly version: 1;
    readonly vendor: string;
    /** Checks `value`: the parsed value, or the issues. */
    readonly validate: (value: unknown) => StandardSchemaResult<Output> | Promise<StandardSchemaResult<Output>>;
    readonly types?: { readonly input: unknown; readonly output: Output } | undefined;
    readonly jsonSchema?: StandardJSONSchemaConverter | undefined;
  };
}

/**
 * The output (parsed) type of a Standard Schema.
 *
 * @example
 * type City = StandardSchemaOutput<typeof schema>; // { city: string }
 */
export type StandardSchemaOutput<Schema extends StandardSchemaLike> = NonNullable<
  Schema['~standard']['types']
>['output'];

/**
 * Validates synchronously with a Standard Schema: the value, or the issues with plain key paths.
 * A schema that validates asynchronously (e.g. an async refinement) cannot parse a reply in place.
 *
 * @throws AnthropicError when the schema's validation is asynchronous.
 * @example
 * const result = validateStandardSchema(schema, JSON.parse(text));
 * if (result.issues) console.error(result.issues);
 */
export function validateStandardSchema<Output>(
  schema: StandardSchemaLike<Output>,
  value: unknown,
): { value: Output; issues?: undefined } | { issues: StructuredOutputIssue[] } {
  const standard = schema['~standard'];
  const result = standard.validate(value);
  if (typeof (result as { then?: unknown }).then === 'function') {
    // Nobody will read it; keep a rejection from being reported as unhandled.
    (result as Promise<unknown>).catch(() => {});
    throw new AnthropicError(
      `The ${standard.vendor} schema validates asynchronously (e.g. an async refinement); structured outputs are parsed synchronously. Use a schema without async checks.`,
    );
  }
  const settled = result as StandardSchemaResult<Output>;
  if (settled.issues === undefined) return { value: settled.value };
  return { issues: settled.issues.map(toIssue) };
}

/**
 * A Standard Schema issue with its path as plain keys (`{ key }` segments unwrapped).
 *
 * @example
 * toIssue({ message: 'Required', path: [{ key: 'city' }] }); // { message: 'Required', path: ['city'] }
 */
export function toIssue(issue: StandardSchemaIssue): StructuredOutputIssue {
  // Array.from: a library's own path class (arktype's) would survive `map`, with its extra fields.
  const path = Array.from(issue.path ?? [], (segment) => (typeof segment === 'object' ? segment.key : segment));
  return { message: issue.message, path };
}
