import type { ScriptedTurn } from '../types.js';
import type { Message, MessageRequestParams } from './message-types.js';
/**
 * Turns a scripted turn (or, without one, the default reply) into the complete `Message` the API
 * would return: generated ids and signatures, the default stop reason, estimated usage.
 *
 * @example
 * buildMessage({ content: [{ type: 'text', text: 'Hi' }] }, params).stop_reason; // 'end_turn'
 */
export declare function buildMessage(turn: ScriptedTurn | undefined, params: MessageRequestParams): Message;
