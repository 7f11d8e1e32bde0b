type CheckedMessage = {
    role: string;
    content: string | Array<Record<string, unknown>>;
};
/**
 * The API's pairing rule: every `tool_use` in an assistant message needs a `tool_result` in the very
 * next message, and every `tool_result` must answer a `tool_use` of the message before it. Catches tool
 * runners that drop or reorder results.
 *
 * @example
 * validateToolPairing(messages);
 * // 'messages.1: `tool_use` ids were found without `tool_result` blocks immediately after: toolu_1. …'
 */
export declare function validateToolPairing(messages: CheckedMessage[]): string | undefined;
export {};
