import type { ModelInfo } from './types.js';

const DATE_SUFFIX = /-\d{8}$/;

/**
 * Finds a model by id or by one of the aliases the API accepts for a dated id:
 * `claude-sonnet-4-5-20250929` answers to `claude-sonnet-4-5`, `claude-sonnet-4-5-0` and
 * `claude-sonnet-4-5-latest`.
 *
 * @example
 * findModel(models, 'claude-sonnet-4-5')?.id; // 'claude-sonnet-4-5-20250929'
 */
export function findModel(models: readonly ModelInfo[], requestedId: string): ModelInfo | undefined {
  const exact = models.find((candidate) => candidate.id === requestedId);
  if (exact) return exact;
  return models.find((candidate) => {
    if (!DATE_SUFFIX.test(candidate.id)) return false;
    const alias = candidate.id.replace(DATE_SUFFIX, '');
    return requestedId === alias || requestedId === `${alias}-0` || requestedId === `${alias}-latest`;
  });
}
