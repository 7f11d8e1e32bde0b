import type { ScriptedTurn } from '../types.js';
import { lastUserText } from './last-user-text.js';
import type { MessageRequestParams } from './message-types.js';

/**
 * The reply to a compaction request (`compaction: { type: 'summarize' }`) when nothing compaction-like
 * is scripted: one `compaction` block summarizing the conversation deterministically, and
 * `stop_reason: "compaction"`.
 *
 * @example
 * createCompactionTurn({ model: 'm', messages: [{ role: 'user', content: 'Plan a trip' }] });
 * // { content: [{ type: 'compaction', content: 'Summary of 1 earlier message. Last request: "Plan a trip"' }], stop_reason: 'compaction' }
 */
export function createCompactionTurn(params: MessageRequestParams): ScriptedTurn {
  const count = params.messages.length;
  const summary = `Summary of ${count} earlier message${count === 1 ? '' : 's'}. Last request: "${lastUserText(params.messages)}"`;
  return { content: [{ type: 'compaction', content: summary }], stop_reason: 'compaction' };
}

/** Whether a scripted turn answers a compaction request: it stops with `compaction`. */
export function isCompactionTurn(turn: ScriptedTurn): boolean {
  return turn.stop_reason === 'compaction';
}
