/**
 * Checks one content block param at `path` (e.g. `messages.0.content.1`).
 *
 * @example
 * validateContentBlock({ type: 'text' }, 'messages.0.content.0'); // 'messages.0.content.0.text: Field required'
 */
export declare function validateContentBlock(block: unknown, path: string): string | undefined;
