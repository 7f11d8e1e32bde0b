import { isRecord } from '../is-record.js';

/** Below this depth every property and one array item are generated; deeper, only what is required. */
const FULL_DEPTH = 8;
/** A schema that still recurses here (a required self-reference) gets `null`: the emulator never hangs. */
const MAX_DEPTH = 32;

/** A valid example of each string format the API supports. */
const FORMAT_EXAMPLES: Readonly<Record<string, string>> = {
  'date-time': '2026-01-15T09:30:00Z',
  time: '09:30:00Z',
  date: '2026-01-15',
  duration: 'P1DT2H',
  email: 'ada@example.com',
  hostname: 'example.com',
  uri: 'https://example.com/',
  ipv4: '192.0.2.1',
  ipv6: '2001:db8::1',
  uuid: '00000000-0000-4000-8000-000000000000',
};

interface Context {
  root: unknown;
  depth: number;
  /** The property name the value is for, used to make strings readable. */
  key: string | undefined;
}

/**
 * A deterministic value that satisfies a JSON Schema, as the model would produce for
 * `output_config.format`: objects with all their properties (in order), the first `enum` value, the
 * `const`, the first `anyOf`/`oneOf` variant, `allOf` merged, `$ref` resolved (`#`, `#/$defs/…`,
 * any JSON pointer), strings in the requested `format` or `"example <property>"` within the length
 * bounds, numbers within their bounds (1 when unbounded), `true`, one array item (or `minItems`).
 * Recursive schemas stop at what they require.
 *
 * @example
 * jsonFromSchema({ type: 'object', properties: { city: { type: 'string' }, unit: { enum: ['c', 'f'] } } });
 * // { city: 'example city', unit: 'c' }
 */
export function jsonFromSchema(schema: unknown): unknown {
  return generate(schema, { root: schema, depth: 0, key: undefined });
}

function generate(schema: unknown, context: Context): unknown {
  if (!isRecord(schema) || context.depth > MAX_DEPTH) return null;
  const deeper = { ...context, depth: context.depth + 1 };
  if (typeof schema['$ref'] === 'string') return generate(resolveRef(context.root, schema['$ref']), deeper);
  if ('const' in schema) return schema['const'];
  if (Array.isArray(schema['enum']) && schema['enum'].length > 0) return schema['enum'][0];
  const variants = schema['anyOf'] ?? schema['oneOf'];
  if (Array.isArray(variants) && variants.length > 0) return generate(pickVariant(variants, context), deeper);
  if (Array.isArray(schema['allOf'])) {
    const parts = schema['allOf'].map((part: unknown) => resolveFully(context.root, part));
    return generate(mergeSchemas([{ ...schema, allOf: undefined }, ...parts]), deeper);
  }
  switch (firstType(schema['type'])) {
    case 'object':
      return generateObject(schema, deeper);
    case 'array':
      return generateArray(schema, deeper);
    case 'string':
      return generateString(schema, context.key);
    case 'integer':
      return Math.round(generateNumber(schema));
    case 'number':
      return generateNumber(schema);
    case 'boolean':
      return true;
    default:
      // `null`, or a schema that accepts anything.
      return null;
  }
}

function generateObject(schema: Record<string, unknown>, context: Context): Record<string, unknown> {
  const properties = isRecord(schema['properties']) ? schema['properties'] : {};
  const required = Array.isArray(schema['required']) ? (schema['required'] as unknown[]) : [];
  const object: Record<string, unknown> = {};
  for (const [key, property] of Object.entries(properties)) {
    if (context.depth > FULL_DEPTH && !required.includes(key)) continue;
    object[key] = generate(property, { ...context, key });
  }
  return object;
}

function generateArray(schema: Record<string, unknown>, context: Context): unknown[] {
  const minItems = typeof schema['minItems'] === 'number' ? schema['minItems'] : 0;
  const maxItems = typeof schema['maxItems'] === 'number' ? schema['maxItems'] : Number.POSITIVE_INFINITY;
  const prefixItems = Array.isArray(schema['prefixItems']) ? (schema['prefixItems'] as unknown[]) : [];
  const wanted = context.depth > FULL_DEPTH ? minItems : Math.max(minItems, 1);
  const count = Math.min(Math.max(wanted, prefixItems.length), maxItems);
  const item = context.key === undefined ? context : { ...context, key: singular(context.key) };
  return Array.from({ length: count }, (_, index) =>
    generate(index < prefixItems.length ? prefixItems[index] : (schema['items'] ?? {}), item),
  );
}

function generateString(schema: Record<string, unknown>, key: string | undefined): string {
  const example = typeof schema['format'] === 'string' ? FORMAT_EXAMPLES[schema['format']] : undefined;
  if (example) return example;
  let text = key === undefined ? 'example' : `example ${key}`;
  const minLength = typeof schema['minLength'] === 'number' ? schema['minLength'] : 0;
  const maxLength = typeof schema['maxLength'] === 'number' ? schema['maxLength'] : Number.POSITIVE_INFINITY;
  if (text.length < minLength) text = text.padEnd(minLength, 'x');
  return text.slice(0, maxLength);
}

function generateNumber(schema: Record<string, unknown>): number {
  const step = schema['type'] === 'integer' ? 1 : 0.5;
  let value = 1;
  const { minimum, exclusiveMinimum, maximum, exclusiveMaximum } = schema;
  if (typeof minimum === 'number' && value < minimum) value = minimum;
  if (typeof exclusiveMinimum === 'number' && value <= exclusiveMinimum) value = exclusiveMinimum + step;
  if (typeof maximum === 'number' && value > maximum) value = maximum;
  if (typeof exclusiveMaximum === 'number' && value >= exclusiveMaximum) value = exclusiveMaximum - step;
  return value;
}

/** The first variant, except where recursion must end: then the first one that does not refer back. */
function pickVariant(variants: unknown[], context: Context): unknown {
  if (context.depth <= FULL_DEPTH) return variants[0];
  return variants.find((variant) => !(isRecord(variant) && typeof variant['$ref'] === 'string')) ?? variants[0];
}

function firstType(type: unknown): unknown {
  if (!Array.isArray(type)) return type;
  return type.find((name) => name !== 'null') ?? 'null';
}

/** `#`, `#/$defs/Name` or any JSON pointer into the root schema; `undefined` when it points nowhere. */
function resolveRef(root: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) return undefined;
  const segments = ref
    .slice(1)
    .split('/')
    .slice(1)
    .map((segment) => decodeURIComponent(segment).replaceAll('~1', '/').replaceAll('~0', '~'));
  let node = root;
  for (const segment of segments) {
    node = isRecord(node) || Array.isArray(node) ? (node as Record<string, unknown>)[segment] : undefined;
  }
  return node;
}

function resolveFully(root: unknown, schema: unknown, hops = 0): unknown {
  if (hops < MAX_DEPTH && isRecord(schema) && typeof schema['$ref'] === 'string')
    return resolveFully(root, resolveRef(root, schema['$ref']), hops + 1);
  return schema;
}

/** `allOf` as one schema: properties and `required` combined, other keywords first one wins. */
function mergeSchemas(schemas: unknown[]): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  const properties: Record<string, unknown> = {};
  const required: unknown[] = [];
  for (const schema of schemas) {
    if (!isRecord(schema)) continue;
    for (const [key, value] of Object.entries(schema)) if (value !== undefined && !(key in merged)) merged[key] = value;
    if (isRecord(schema['properties'])) Object.assign(properties, schema['properties']);
    if (Array.isArray(schema['required'])) required.push(...schema['required']);
  }
  return { ...merged, allOf: undefined, properties, required, type: merged['type'] ?? 'object' };
}

/** `tags` → `tag`, so the items of a list read naturally. */
function singular(key: string): string {
  return key.length > 3 && key.endsWith('s') && !key.endsWith('ss') ? key.slice(0, -1) : key;
}
