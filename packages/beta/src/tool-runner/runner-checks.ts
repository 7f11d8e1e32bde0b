import { AnthropicError } from '@anth/core';
import type { BetaMessageParam, BetaStopReason } from '../types/beta-message.js';
import { assertNoCompactionParam } from './compaction.js';
import type { BetaToolRunnerParams } from './tool-runner-params.js';

/** Checks the runner's own settings before anything is sent. */
export function assertRunnerParams(params: BetaToolRunnerParams): void {
  const { max_iterations: maxIterations } = params;
  if (
    maxIterations !== undefined &&
    (typeof maxIterations !== 'number' || !Number.isInteger(maxIterations) || maxIterations < 1)
  ) {
    throw new AnthropicError(`max_iterations must be a positive integer; got ${JSON.stringify(maxIterations)}`);
  }
  if (params.runToolsEagerly && !params.stream) {
    throw new AnthropicError(
      "`runToolsEagerly: true` needs `stream: true` in the tool runner's params: a reply that isn't streamed arrives whole.",
    );
  }
  assertNoCompactionParam(params);
}

/** A stop reason after which the server goes on from where it stopped when sent the turn back. */
export function isUnfinished(stopReason: BetaStopReason | null | undefined): boolean {
  return stopReason === 'pause_turn' || stopReason === 'compaction';
}

export function hasToolUse(message: BetaMessageParam | undefined): boolean {
  return Array.isArray(message?.content) && message.content.some((block) => block.type === 'tool_use');
}

export function sameMessages(left: readonly BetaMessageParam[], right: readonly BetaMessageParam[]): boolean {
  return (
    left.length === right.length &&
    left.every((message, index) => JSON.stringify(message) === JSON.stringify(right[index]))
  );
}
