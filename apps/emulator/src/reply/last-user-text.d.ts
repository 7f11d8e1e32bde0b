/**
 * The text of the last user message: its string content, or its text blocks (tool_result text
 * included) joined with a space. Empty when there is none.
 *
 * @example
 * lastUserText([{ role: 'user', content: 'Hi' }]); // 'Hi'
 */
export declare function lastUserText(messages: ReadonlyArray<{
    role: string;
    content: unknown;
}>): string;
