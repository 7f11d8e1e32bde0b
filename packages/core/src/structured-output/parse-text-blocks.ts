import type { StructuredOutputReply } from './output-format.js';

/** An `output_config.format` as the stream sees it: only its `parse`, when it has one, matters. */
export interface OutputFormatLike {
  readonly type?: string;
  parse?(text: string, reply: StructuredOutputReply): unknown;
}

/**
 * Gives each text block of `message` a non-enumerable `parsed_output`: `format.parse` of its text,
 * or `null` without a `parse` (or when it returns `undefined`). Returns the first non-null value (the message's `parsed_output`).
 * Kept tiny: every stream runs it, with or without structured outputs.
 *
 * @example
 * const parsedOutput = parseTextBlocks(message, params.output_config?.format);
 */
export function parseTextBlocks(
  message: { content: ReadonlyArray<{ type: string }> } & StructuredOutputReply,
  format?: OutputFormatLike | null,
): unknown {
  let parsedOutput: unknown = null;
  for (const block of message.content as Array<{ type: string; text: string }>) {
    if (block.type === 'text') {
      const value = format?.parse?.(block.text, message) ?? null;
      // Read-only and hidden, as in the official SDK: it never travels back to the API with the block.
      Object.defineProperty(block, 'parsed_output', { value });
      parsedOutput ??= value;
    }
  }
  return parsedOutput;
}
