// The betas some beta endpoints need, always sent (after the caller's, deduplicated). Under API version
// 2026-10-21 (spec §2) Files, Skills and batches need none: only the client's default
// `anthropic-beta` and the caller's `betas` go out there.

/** Beta token counting (`/v1/messages/count_tokens`). */
export const TOKEN_COUNTING_BETA = 'token-counting-2024-11-01';

/** The caller's betas followed by the endpoint's required one (core deduplicates the union). */
export function withRequiredBeta(betas: readonly string[] | undefined, required: string): string[] {
  return betas ? [...betas, required] : [required];
}
