/** Legacy completion prompt marker for the human turn (real newlines, unlike the official TS 0.120 export). */
export const HUMAN_PROMPT = '\n\nHuman:';
/** Legacy completion prompt marker for the assistant turn. */
export const AI_PROMPT = '\n\nAssistant:';
