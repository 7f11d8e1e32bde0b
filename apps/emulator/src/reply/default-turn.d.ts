import type { ScriptedTurn } from '../types.js';
import type { MessageRequestParams } from './message-types.js';
/**
 * The reply of the built-in "model" when nothing is scripted: deterministic text that quotes the last
 * user message, preceded by a thinking block when the request enables thinking. Like the API it stops
 * at a requested stop sequence and at `max_tokens` (estimated as four characters per token).
 *
 * @example
 * createDefaultTurn({ model: 'm', max_tokens: 100, messages: [{ role: 'user', content: 'Hi' }] });
 * // { content: [{ type: 'text', text: 'Hello! You said: "Hi"' }], stop_reason: 'end_turn', stop_sequence: null }
 */
export declare function createDefaultTurn(params: MessageRequestParams): Required<Pick<ScriptedTurn, 'content' | 'stop_reason' | 'stop_sequence'>>;
/**
 * `Hello! You said: "<last user text>"`, quoting at most 100 characters.
 *
 * @example
 * createDefaultReplyText([{ role: 'user', content: 'Hi' }]); // 'Hello! You said: "Hi"'
 */
export declare function createDefaultReplyText(messages: MessageRequestParams['messages']): string;
