import { AnthropicError } from '@anth/core';
import type { BetaCompactionConfig } from '../types/beta-message-params.js';
import type { TurnBody } from './message-thread.js';

/**
 * Refuses a `compaction` field in the runner's params: every request of the loop would compact
 * again. `compactBeforeNextTurn()` asks for one compaction instead.
 */
export function assertNoCompactionParam(params: object): void {
  if ((params as { compaction?: unknown }).compaction != null) {
    throw new AnthropicError(
      '`compaction` cannot be set on a tool runner: every request in the loop would compact again. ' +
        'Call `runner.compactBeforeNextTurn()` when the conversation should be compacted instead.',
    );
  }
}

/**
 * Refuses `compactBeforeNextTurn()` while `context_management` has a compaction edit: the API does
 * not take a compaction request together with one.
 */
export function assertNoCompactionEdit(params: Pick<TurnBody, 'context_management'>): void {
  if (params.context_management?.edits?.some((edit) => edit.type.startsWith('compact_'))) {
    throw new AnthropicError(
      "`compactBeforeNextTurn()` can't be used while `context_management` has a compaction edit, " +
        "because the API doesn't accept a compaction block together with one. Remove the edit first.",
    );
  }
}

/**
 * The body of a compaction request for the turn body `body`: the same conversation and fields with
 * `compaction` set, without what only shapes a reply (a compaction request returns only the
 * `compaction` block, and the API rejects these with it): `context_management`, `stop_sequences`,
 * the output format (`output_config.format`, also in `fallbacks`), and a `tool_choice` that forces a
 * tool. The runner's later requests keep them.
 *
 * @example
 * const request = compactionRequestBody(body, { type: 'summarize' });
 */
export function compactionRequestBody(body: TurnBody, compaction: BetaCompactionConfig): TurnBody {
  const {
    context_management: _contextManagement,
    stop_sequences: _stopSequences,
    output_format: _outputFormat,
    ...kept
  } = body;
  if (kept.tool_choice?.type === 'any' || kept.tool_choice?.type === 'tool') delete kept.tool_choice;
  if (kept.output_config) kept.output_config = withoutFormat(kept.output_config);
  if (Array.isArray(kept.fallbacks)) {
    kept.fallbacks = kept.fallbacks.map((fallback) =>
      typeof fallback.output_config === 'object' && fallback.output_config !== null
        ? { ...fallback, output_config: withoutFormat(fallback.output_config as Record<string, unknown>) }
        : fallback,
    );
  }
  return { ...kept, compaction };
}

function withoutFormat<T extends object>(outputConfig: T): T {
  const { format: _format, ...rest } = outputConfig as T & { format?: unknown };
  return rest as T;
}
