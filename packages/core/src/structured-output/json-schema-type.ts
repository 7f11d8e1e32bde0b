/**
 * Type-level JSON Schema → TypeScript, for typed tool inputs (`betaTool`) and structured outputs
 * (`jsonSchemaOutputFormat`). Covers what tool schemas use:
 * `type` (one or a list), `properties` + `required`, `items`, `enum`, `const`, `anyOf`/`oneOf`,
 * `additionalProperties`. Anything else (`$ref`, `allOf`, `not`, a schema whose literals were widened
 * to `string`) becomes `unknown`, never a wrong type.
 */

type Simplify<T> = { [Key in keyof T]: T[Key] } & {};

type RequiredKeys<Schema> = Schema extends { readonly required: readonly (infer Key)[] } ? Key : never;

type FromTypeName<TypeName, Schema> = TypeName extends 'string'
  ? string
  : TypeName extends 'number' | 'integer'
    ? number
    : TypeName extends 'boolean'
      ? boolean
      : TypeName extends 'null'
        ? null
        : TypeName extends 'array'
          ? FromArray<Schema>
          : TypeName extends 'object'
            ? FromObject<Schema>
            : unknown;

type FromArray<Schema> = Schema extends { readonly items: infer Items } ? Array<FromJSONSchema<Items>> : unknown[];

type FromObject<Schema> = Schema extends { readonly properties: infer Properties }
  ? Properties extends Record<string, unknown>
    ? Simplify<
        {
          -readonly [Key in keyof Properties as Key extends RequiredKeys<Schema> ? Key : never]: FromJSONSchema<
            Properties[Key]
          >;
        } & {
          -readonly [Key in keyof Properties as Key extends RequiredKeys<Schema> ? never : Key]?: FromJSONSchema<
            Properties[Key]
          >;
        }
      >
    : Record<string, unknown>
  : Schema extends { readonly additionalProperties: infer Additional }
    ? Additional extends false
      ? Record<string, never>
      : Additional extends true
        ? Record<string, unknown>
        : Record<string, FromJSONSchema<Additional>>
    : Record<string, unknown>;

/**
 * The TypeScript type of values matching the JSON Schema `Schema` (written `as const`, or passed to
 * `betaTool`, which infers it as a literal).
 *
 * @example
 * type Input = FromJSONSchema<{ type: 'object'; properties: { n: { type: 'integer' } }; required: ['n'] }>; // { n: number }
 */
export type FromJSONSchema<Schema> = Schema extends true
  ? unknown
  : Schema extends false
    ? never
    : Schema extends { readonly const: infer Value }
      ? Value
      : Schema extends { readonly enum: readonly (infer Value)[] }
        ? Value
        : Schema extends { readonly anyOf: readonly (infer Member)[] }
          ? FromJSONSchema<Member>
          : Schema extends { readonly oneOf: readonly (infer Member)[] }
            ? FromJSONSchema<Member>
            : Schema extends { readonly type: readonly (infer TypeName)[] }
              ? FromTypeName<TypeName, Schema>
              : Schema extends { readonly type: infer TypeName }
                ? FromTypeName<TypeName, Schema>
                : unknown;
