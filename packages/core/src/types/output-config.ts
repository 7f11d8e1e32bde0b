/** Output configuration (`MessageCreateParams.output_config`). */

/** Structured output: the response text is JSON matching `schema`. */
export interface JSONOutputFormat {
  /** JSON Schema the output must match. */
  schema: Record<string, unknown>;

  type: 'json_schema';
}

/**
 * Output options: effort level and structured output format.
 *
 * @example
 * ```ts
 * const output_config: OutputConfig = {
 *   effort: 'high',
 *   format: { type: 'json_schema', schema: { type: 'object', properties: { answer: { type: 'number' } } } },
 * };
 * ```
 */
export interface OutputConfig {
  /** How much effort the model spends. */
  effort?: 'low' | 'medium' | 'high' | 'xhigh' | 'max' | null;

  /** Structured output format (replaces the deprecated beta `output_format`). */
  format?: JSONOutputFormat | null;
}
