/**
 * Checks the `messages` param like the API: shape of every message and block first, then the
 * conversation rules (first message from the user, non-empty content, tool_use/tool_result pairing).
 * Alternating roles are not enforced: the API merges consecutive turns.
 *
 * @example
 * validateMessages([]); // 'messages: at least one message is required'
 */
export declare function validateMessages(messages: unknown): string | undefined;
