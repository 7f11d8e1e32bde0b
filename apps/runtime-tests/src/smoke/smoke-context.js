/**
 * What every smoke step gets: a client pointed at the emulator, a check that collects failures, and
 * how long one API call may take.
 *
 * @typedef {object} SmokeContext
 * @property {import('@anth/core').Anthropic} client maxRetries 0, so every step makes exactly the requests it names
 * @property {import('./smoke-check.js').SmokeCheck} check
 * @property {number} stepTimeoutMs
 */

/**
 * One step of the smoke suite. `fault` is the emulator fault its (single) request needs; the steps'
 * faults are queued in step order, see `smokeFaults`.
 *
 * @typedef {object} SmokeStep
 * @property {string} name
 * @property {import('@anth/emulator').Fault} [fault]
 * @property {(context: SmokeContext) => Promise<Record<string, unknown>>} run returns what it observed (JSON-safe)
 */

/**
 * The model every step asks for; the emulator answers to this alias.
 *
 * @example
 * createMessage(client, { model: SMOKE_MODEL, max_tokens: 64, messages });
 */
export const SMOKE_MODEL = 'claude-opus-4-6';

/**
 * The emulator's default reply (nothing scripted) to a last user message `said`.
 *
 * @example
 * expectedReply('Hi'); // 'Hello! You said: "Hi"'
 *
 * @param {string} said
 */
export function expectedReply(said) {
  return `Hello! You said: "${said}"`;
}
