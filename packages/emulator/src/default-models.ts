import type { ModelInfo } from './types.js';

/**
 * The models served when no `models` option is given, newest first like `GET /v1/models`.
 * Dated ids as the real list returns them; {@link findModel} also accepts the aliases
 * (`claude-sonnet-4-5`, `claude-sonnet-4-0`, `claude-3-5-haiku-latest`).
 *
 * @example
 * createDefaultModels()[0]?.id; // 'claude-opus-4-6'
 */
export function createDefaultModels(): ModelInfo[] {
  return [
    model('claude-opus-4-6', 'Claude Opus 4.6', '2026-02-05T00:00:00Z', 128000),
    model('claude-opus-4-5-20251101', 'Claude Opus 4.5', '2025-11-24T00:00:00Z', 64000),
    model('claude-haiku-4-5-20251001', 'Claude Haiku 4.5', '2025-10-15T00:00:00Z', 64000),
    model('claude-sonnet-4-5-20250929', 'Claude Sonnet 4.5', '2025-09-29T00:00:00Z', 64000),
    model('claude-opus-4-1-20250805', 'Claude Opus 4.1', '2025-08-05T00:00:00Z', 32000),
    model('claude-opus-4-20250514', 'Claude Opus 4', '2025-05-22T00:00:00Z', 32000),
    model('claude-sonnet-4-20250514', 'Claude Sonnet 4', '2025-05-22T00:00:00Z', 64000),
    model('claude-3-5-haiku-20241022', 'Claude Haiku 3.5', '2024-10-22T00:00:00Z', 8192),
    model('claude-3-haiku-20240307', 'Claude Haiku 3', '2024-03-07T00:00:00Z', 4096),
  ];
}

function model(id: string, displayName: string, createdAt: string, maxTokens: number): ModelInfo {
  return {
    id,
    type: 'model',
    display_name: displayName,
    created_at: createdAt,
    max_input_tokens: 200000,
    max_tokens: maxTokens,
  };
}
