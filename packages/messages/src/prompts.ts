/**
 * Legacy completion prompt marker for the human turn (real newlines, unlike the official TS 0.120 export).
 *
 * @deprecated For the legacy Text Completions API only: use the Messages API for anything new.
 */
export const HUMAN_PROMPT = '\n\nHuman:';
/**
 * Legacy completion prompt marker for the assistant turn.
 *
 * @deprecated For the legacy Text Completions API only: use the Messages API for anything new.
 */
export const AI_PROMPT = '\n\nAssistant:';
