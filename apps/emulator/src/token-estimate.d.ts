/**
 * Tokens for a piece of text: one per four characters, rounded up. Crude but deterministic, which is
 * what tests need.
 *
 * @example
 * estimateTextTokens('Hello!'); // 2
 */
export declare function estimateTextTokens(text: string): number;
/**
 * Input tokens of a messages request (messages, system and tools). The same estimator backs
 * `count_tokens` and `usage.input_tokens`, so the two always agree.
 *
 * @example
 * estimateInputTokens({ messages: [{ role: 'user', content: 'Hello!' }] }); // 2
 */
export declare function estimateInputTokens(params: {
    messages?: unknown;
    system?: unknown;
    tools?: unknown;
}): number;
/**
 * Tokens of message content: a string or a list of content blocks.
 *
 * @example
 * estimateContentTokens([{ type: 'text', text: 'abcd' }]); // 1
 */
export declare function estimateContentTokens(content: unknown): number;
