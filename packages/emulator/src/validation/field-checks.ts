/**
 * Checks that produce the API's (pydantic-style) validation messages, `"<path>: <message>"`.
 * Each returns the message of the first problem, or undefined when the value is fine.
 */
import { isRecord } from '../is-record.js';

export const fieldRequired = (path: string): string => `${path}: Field required`;

/**
 * `model: Input should be a valid string`
 *
 * @example
 * checkString(body.model, 'model');
 */
export function checkString(value: unknown, path: string): string | undefined {
  return typeof value === 'string' ? undefined : `${path}: Input should be a valid string`;
}

/** `max_tokens: Input should be a valid integer` / `… greater than or equal to 1`. */
export function checkInteger(
  value: unknown,
  path: string,
  bounds: { min?: number; max?: number } = {},
): string | undefined {
  if (typeof value !== 'number' || !Number.isInteger(value)) return `${path}: Input should be a valid integer`;
  return checkBounds(value, path, bounds);
}

/** `temperature: Input should be a valid number` / `… less than or equal to 1`. */
export function checkNumber(
  value: unknown,
  path: string,
  bounds: { min?: number; max?: number } = {},
): string | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return `${path}: Input should be a valid number`;
  return checkBounds(value, path, bounds);
}

function checkBounds(value: number, path: string, bounds: { min?: number; max?: number }): string | undefined {
  if (bounds.min !== undefined && value < bounds.min)
    return `${path}: Input should be greater than or equal to ${bounds.min}`;
  if (bounds.max !== undefined && value > bounds.max)
    return `${path}: Input should be less than or equal to ${bounds.max}`;
  return undefined;
}

/** `stream: Input should be a valid boolean` */
export function checkBoolean(value: unknown, path: string): string | undefined {
  return typeof value === 'boolean' ? undefined : `${path}: Input should be a valid boolean`;
}

/** `metadata: Input should be a valid dictionary` */
export function checkDictionary(value: unknown, path: string): string | undefined {
  return isRecord(value) ? undefined : `${path}: Input should be a valid dictionary`;
}

/**
 * `service_tier: Input should be 'auto' or 'standard_only'`
 *
 * @example
 * checkLiteral('x', 'role', ['user', 'assistant']); // "role: Input should be 'user' or 'assistant'"
 */
export function checkLiteral(value: unknown, path: string, allowed: readonly string[]): string | undefined {
  if (typeof value === 'string' && allowed.includes(value)) return undefined;
  return `${path}: Input should be ${joinAlternatives(allowed)}`;
}

/**
 * The discriminator check of a tagged union (`thinking`, `tool_choice`): the value must be an object
 * whose `type` is one of the tags.
 *
 * @example
 * checkTag({ type: 'x' }, 'thinking', ['enabled', 'disabled']);
 * // "thinking: Input tag 'x' found using 'type' does not match any of the expected tags: 'enabled', 'disabled'"
 */
export function checkTag(value: unknown, path: string, tags: readonly string[]): string | undefined {
  if (!isRecord(value)) return `${path}: Input should be a valid dictionary`;
  const tag = value['type'];
  if (typeof tag !== 'string') return `${path}: Unable to extract tag using discriminator 'type'`;
  if (tags.includes(tag)) return undefined;
  const expected = tags.map((candidate) => `'${candidate}'`).join(', ');
  return `${path}: Input tag '${tag}' found using 'type' does not match any of the expected tags: ${expected}`;
}

/**
 * `betas: Extra inputs are not permitted` for the first key not in `allowed`.
 *
 * @example
 * checkExtraKeys({ model: 'x', betas: [] }, ['model']); // 'betas: Extra inputs are not permitted'
 */
export function checkExtraKeys(
  value: Record<string, unknown>,
  allowed: readonly string[],
  pathPrefix = '',
): string | undefined {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) return `${pathPrefix}${key}: Extra inputs are not permitted`;
  }
  return undefined;
}

function joinAlternatives(allowed: readonly string[]): string {
  const quoted = allowed.map((value) => `'${value}'`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

/**
 * Runs `check` only when the value is present; the API treats an explicit null like an absent
 * optional field.
 *
 * @example
 * optional(body.stream, (value) => checkBoolean(value, 'stream'));
 */
export function optional(value: unknown, check: (value: unknown) => string | undefined): string | undefined {
  return value === undefined || value === null ? undefined : check(value);
}

/**
 * Runs checks in order and returns the first message.
 *
 * @example
 * firstError(() => checkString(a, 'a'), () => checkString(b, 'b'));
 */
export function firstError(...checks: Array<() => string | undefined>): string | undefined {
  for (const check of checks) {
    const error = check();
    if (error !== undefined) return error;
  }
  return undefined;
}
