export declare const fieldRequired: (path: string) => string;
/**
 * `model: Input should be a valid string`
 *
 * @example
 * checkString(body.model, 'model');
 */
export declare function checkString(value: unknown, path: string): string | undefined;
/** `max_tokens: Input should be a valid integer` / `… greater than or equal to 1`. */
export declare function checkInteger(value: unknown, path: string, bounds?: {
    min?: number;
    max?: number;
}): string | undefined;
/** `temperature: Input should be a valid number` / `… less than or equal to 1`. */
export declare function checkNumber(value: unknown, path: string, bounds?: {
    min?: number;
    max?: number;
}): string | undefined;
/** `stream: Input should be a valid boolean` */
export declare function checkBoolean(value: unknown, path: string): string | undefined;
/** `messages: Input should be a valid list` */
export declare function checkList(value: unknown, path: string): string | undefined;
/** `metadata: Input should be a valid dictionary` */
export declare function checkDictionary(value: unknown, path: string): string | undefined;
/**
 * `service_tier: Input should be 'auto' or 'standard_only'`
 *
 * @example
 * checkLiteral('x', 'role', ['user', 'assistant']); // "role: Input should be 'user' or 'assistant'"
 */
export declare function checkLiteral(value: unknown, path: string, allowed: readonly string[]): string | undefined;
/**
 * The discriminator check of a tagged union (`thinking`, `tool_choice`): the value must be an object
 * whose `type` is one of the tags.
 *
 * @example
 * checkTag({ type: 'x' }, 'thinking', ['enabled', 'disabled']);
 * // "thinking: Input tag 'x' found using 'type' does not match any of the expected tags: 'enabled', 'disabled'"
 */
export declare function checkTag(value: unknown, path: string, tags: readonly string[]): string | undefined;
/**
 * `betas: Extra inputs are not permitted` for the first key not in `allowed`.
 *
 * @example
 * checkExtraKeys({ model: 'x', betas: [] }, ['model']); // 'betas: Extra inputs are not permitted'
 */
export declare function checkExtraKeys(value: Record<string, unknown>, allowed: readonly string[], pathPrefix?: string): string | undefined;
/**
 * Runs `check` only when the value is present; the API treats an explicit null like an absent
 * optional field.
 *
 * @example
 * optional(body.stream, (value) => checkBoolean(value, 'stream'));
 */
export declare function optional(value: unknown, check: (value: unknown) => string | undefined): string | undefined;
/**
 * Runs checks in order and returns the first message.
 *
 * @example
 * firstError(() => checkString(a, 'a'), () => checkString(b, 'b'));
 */
export declare function firstError(...checks: Array<() => string | undefined>): string | undefined;
