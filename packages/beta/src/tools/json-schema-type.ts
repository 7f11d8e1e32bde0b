// The JSON Schema → TypeScript mapping is core's (structured outputs use it too); re-exported here
// for the tool helpers that type their input with it.
export type { FromJSONSchema } from '@anth/core';

/**
 * The schema `betaTool` accepts: an object schema. Readonly, so an `as const` literal fits.
 *
 * @example
 * const schema = { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } as const satisfies BetaToolInputSchema;
 */
export interface BetaToolInputSchema {
  readonly type: 'object';
  readonly properties?: unknown;
  readonly required?: readonly string[] | null;
  readonly [keyword: string]: unknown;
}
