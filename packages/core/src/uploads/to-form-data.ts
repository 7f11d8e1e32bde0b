import { AnthropicError } from '../errors/anthropic-error.js';

/** Options of {@link toFormData}. */
export interface ToFormDataOptions {
  /**
   * Keep directory-qualified file names (`my-skill/SKILL.md`), as skill uploads require. Other uploads
   * send only the base name.
   */
  keepPaths?: boolean | undefined;
}

/**
 * Builds a multipart body: scalars become text parts, `undefined` is skipped, arrays repeat as
 * `key[]`, nested objects become `key[sub]`, `File`/`Blob` values become file parts. The runtime's
 * `FormData` encoder writes the boundary and Content-Type.
 */
export function toFormData(fields: Record<string, unknown>, options: ToFormDataOptions = {}): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) appendField(form, key, value, options);
  return form;
}

function appendField(form: FormData, key: string, value: unknown, options: ToFormDataOptions): void {
  if (value === undefined) return;
  if (value === null) {
    throw new AnthropicError(`Received null for "${key}"; to pass null in FormData, you must use the string 'null'`);
  }
  if (value instanceof Blob) {
    const rawName = (value as { name?: unknown }).name;
    const name = typeof rawName === 'string' && rawName !== '' ? rawName : 'blob';
    form.append(key, value, options.keepPaths ? name : (name.split(/[\\/]/).pop() ?? name));
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) appendField(form, `${key}[]`, item, options);
    return;
  }
  if (typeof value === 'object') {
    for (const [subKey, subValue] of Object.entries(value)) appendField(form, `${key}[${subKey}]`, subValue, options);
    return;
  }
  form.append(key, String(value));
}
