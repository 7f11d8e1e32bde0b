/**
 * Checks `tools`: custom tools (no `type`, or `type: 'custom'`) need a well-formed `name` and an
 * `input_schema`; server tools (any other `type`) need a `name`. Names must be unique.
 *
 * @example
 * validateTools([{ name: 'get weather', input_schema: {} }]);
 * // "tools.0.name: String should match pattern '^[a-zA-Z0-9_-]{1,128}$'"
 */
export declare function validateTools(tools: unknown): string | undefined;
/**
 * Checks `tool_choice`: `auto`, `any`, `none`, or `tool` with a `name`.
 *
 * @example
 * validateToolChoice({ type: 'tool' }); // 'tool_choice.tool.name: Field required'
 */
export declare function validateToolChoice(toolChoice: unknown): string | undefined;
