// The betas some beta endpoints need, always sent (after the caller's, deduplicated). Beta batches need
// none since official 1.9.0 (spec api-2026-10-21 §2): batches are GA, so only the caller's go out.

/** Files API (`/v1/files`). */
export const FILES_API_BETA = 'files-api-2025-04-14';
/** Skills and skill versions (`/v1/skills`). */
export const SKILLS_BETA = 'skills-2025-10-02';
/** Beta token counting (`/v1/messages/count_tokens`). */
export const TOKEN_COUNTING_BETA = 'token-counting-2024-11-01';

/** The caller's betas followed by the endpoint's required one (core deduplicates the union). */
export function withRequiredBeta(betas: readonly string[] | undefined, required: string): string[] {
  return betas ? [...betas, required] : [required];
}
