/** The model every request names: a current one, so no SDK prints a deprecation warning. */
export const MODEL = 'claude-opus-4-6';

/**
 * The request body every contender sends (the SDKs add `stream: true` themselves where they
 * stream). `as const` keeps the literal types both SDKs' param types ask for.
 */
export const PARAMS = {
  model: MODEL,
  max_tokens: 1024,
  messages: [{ role: 'user', content: 'What is the capital of France?' }],
} as const satisfies { model: string; max_tokens: number; messages: { role: 'user'; content: string }[] };

/** The credential given to every client; the loopback server accepts anything. */
export const API_KEY = 'sk-ant-bench-loopback';
