// The betas some endpoints need, always sent (after the caller's, deduplicated) — wire.md §3.3.

/** Files API (`/v1/files`). */
export const FILES_API_BETA = 'files-api-2025-04-14';
/** Skills and skill versions (`/v1/skills`). */
export const SKILLS_BETA = 'skills-2025-10-02';
/** Beta token counting (`/v1/messages/count_tokens?beta=true`). */
export const TOKEN_COUNTING_BETA = 'token-counting-2024-11-01';
/** Beta message batches (`/v1/messages/batches?beta=true`). */
export const MESSAGE_BATCHES_BETA = 'message-batches-2024-09-24';

/** The caller's betas followed by the endpoint's required one (core deduplicates the union). */
export function withRequiredBeta(betas: readonly string[] | undefined, required: string): string[] {
  return betas ? [...betas, required] : [required];
}
