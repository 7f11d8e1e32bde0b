/**
 * The API version this SDK speaks (`anthropic-version`), and whose types it ships. Legacy text
 * completions alone use `2023-06-01`, the last version that serves `/v1/complete`.
 */
export const API_VERSION = '2026-10-21';

/** The version legacy completions (`POST /v1/complete`) are sent with. */
export const LEGACY_COMPLETIONS_VERSION = '2023-06-01';
