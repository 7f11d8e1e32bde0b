import { AnthropicError } from '../errors/anthropic-error.js';

type SchemaObject = Record<string, unknown>;

/** The string formats the API accepts (spec §7.4 rule 6); any other `format` is described instead. */
const SUPPORTED_STRING_FORMATS = [
  'date-time',
  'time',
  'date',
  'duration',
  'email',
  'hostname',
  'uri',
  'ipv4',
  'ipv6',
  'uuid',
] as const;

/**
 * Rewrites a JSON Schema into the subset structured outputs accept, as the official SDK 1.14 does
 * (spec api-2026-10-21 §7.4), on a deep copy (the input is never changed):
 *
 * 1. `$defs` kept, each entry transformed; a `$ref` stands alone (only `$defs` beside it).
 * 2. `enum` (non-empty, primitives only) and `const` (primitive) kept; then `type` is dropped and
 *    nothing type-specific happens.
 * 3. `anyOf` kept, else `oneOf` sent as `anyOf`, else `allOf` kept; otherwise `type` is required.
 * 4. `$schema` dropped; `description` and `title` kept.
 * 5. Objects: `properties` always (each transformed), `additionalProperties: false`, `required` as given.
 * 6. Strings: `format` kept when the API supports it.
 * 7. Arrays: `items` transformed, `minItems` kept when 0 or 1.
 * 8. Every other keyword is appended to `description` as `{key: <json>, …}` (after a blank line),
 *    so the model still reads the constraint.
 *
 * @throws AnthropicError when a (sub-)schema is not an object, has no `type` where one is needed, or
 *   cannot be serialised as JSON; the message gives its JSON pointer.
 * @example
 * transformJSONSchema({ type: 'object', properties: { name: { type: 'string', minLength: 1 } } });
 * // { type: 'object', properties: { name: { type: 'string', description: '{minLength: 1}' } }, additionalProperties: false }
 */
export function transformJSONSchema(schema: object): SchemaObject {
  let copy: unknown;
  try {
    copy = JSON.parse(JSON.stringify(schema));
  } catch (cause) {
    throw new AnthropicError(
      `The JSON schema cannot be sent: it is not serialisable as JSON (${(cause as Error).message}).`,
      { cause },
    );
  }
  return transformNode(copy, '#');
}

/** Transforms one (sub-)schema of the copy; `pointer` locates it for error messages. */
function transformNode(node: unknown, pointer: string): SchemaObject {
  if (!isSchemaObject(node)) {
    throw new AnthropicError(`The JSON schema at ${pointer} must be an object, but got ${preview(node)}.`);
  }
  // `rest` is the copy's own node: what is taken out of it is consumed; what remains is leftover.
  const rest = node;
  const take = (key: string): unknown => {
    const value = rest[key];
    delete rest[key];
    return value;
  };
  const result: SchemaObject = {};

  const definitions = take('$defs');
  if (definitions !== undefined) {
    if (!isSchemaObject(definitions)) {
      throw new AnthropicError(`The $defs at ${pointer}/$defs must be an object, but got ${preview(definitions)}.`);
    }
    result['$defs'] = Object.fromEntries(
      Object.entries(definitions).map(([name, definition]) => [
        name,
        transformNode(definition, `${pointer}/$defs/${escapePointer(name)}`),
      ]),
    );
  }
  const ref = take('$ref');
  if (ref !== undefined) {
    result['$ref'] = ref;
    return result;
  }

  const type = take('type');
  const anyOf = take('anyOf');
  const oneOf = take('oneOf');
  const allOf = take('allOf');
  take('$schema');
  const keepEnum = Array.isArray(rest['enum']) && rest['enum'].length > 0 && rest['enum'].every(isPrimitive);
  const keepConst = 'const' in rest && isPrimitive(rest['const']);
  const isLiteral = keepEnum || keepConst;

  if (Array.isArray(anyOf)) result['anyOf'] = transformEach(anyOf, `${pointer}/anyOf`);
  else if (Array.isArray(oneOf)) result['anyOf'] = transformEach(oneOf, `${pointer}/oneOf`);
  else if (Array.isArray(allOf)) result['allOf'] = transformEach(allOf, `${pointer}/allOf`);
  else if (!isLiteral) {
    if (type === undefined) {
      throw new AnthropicError(
        `The JSON schema at ${pointer} has no "type" (and no anyOf, oneOf, allOf, enum or const), which structured outputs require: ${preview(node)}.`,
      );
    }
    result['type'] = type;
  }
  if (keepEnum) result['enum'] = take('enum');
  if (keepConst) result['const'] = take('const');

  const description = take('description');
  if (description !== undefined) result['description'] = description;
  const title = take('title');
  if (title !== undefined) result['title'] = title;

  if (!isLiteral) {
    if (type === 'object') {
      const properties = take('properties') ?? {};
      if (!isSchemaObject(properties)) {
        throw new AnthropicError(
          `The properties at ${pointer}/properties must be an object, but got ${preview(properties)}.`,
        );
      }
      result['properties'] = Object.fromEntries(
        Object.entries(properties).map(([name, property]) => [
          name,
          transformNode(property, `${pointer}/properties/${escapePointer(name)}`),
        ]),
      );
      take('additionalProperties');
      result['additionalProperties'] = false;
      const required = take('required');
      if (required !== undefined) result['required'] = required;
    } else if (type === 'string') {
      const format = rest['format'];
      if ((SUPPORTED_STRING_FORMATS as readonly unknown[]).includes(format)) result['format'] = take('format');
    } else if (type === 'array') {
      const items = take('items');
      if (items !== undefined) result['items'] = transformNode(items, `${pointer}/items`);
      const minItems = rest['minItems'];
      if (minItems === 0 || minItems === 1) result['minItems'] = take('minItems');
    }
  }

  const leftovers = Object.entries(rest);
  if (leftovers.length > 0) {
    const described = `{${leftovers.map(([key, value]) => `${key}: ${JSON.stringify(value)}`).join(', ')}}`;
    const existing = result['description'];
    result['description'] = existing ? `${String(existing)}\n\n${described}` : described;
  }
  return result;
}

function transformEach(schemas: unknown[], pointer: string): SchemaObject[] {
  return schemas.map((schema, index) => transformNode(schema, `${pointer}/${index}`));
}

function isSchemaObject(value: unknown): value is SchemaObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPrimitive(value: unknown): boolean {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

/** RFC 6901: `~` and `/` in a key are escaped. */
function escapePointer(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** The value as JSON, cut to keep messages short. */
function preview(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 200 ? `${json.slice(0, 200)}…` : json;
}
