import type { JSONOutputFormat } from '../types/output-config.js';
import type { StructuredOutputReply } from './output-format.js';
import { parseStructuredOutput } from './parse-structured-output.js';
import { parseTextBlocks } from './parse-text-blocks.js';
import { StructuredOutputError } from './structured-output-error.js';

type ParseableReply = { content: Array<{ type: string }> } & StructuredOutputReply;

/**
 * What `parse()` does to a reply (spec §7.2): with a `json_schema` format, every text block is
 * parsed (by the format's `parse`, or `JSON.parse` for a plain format) into a non-enumerable
 * `parsed_output`, and the message's `parsed_output` is the first block's value; otherwise they are
 * all `null`. Changes `message` in place (keeping its `_request_id`) and returns it.
 *
 * @throws StructuredOutputError ("Failed to parse structured output: …") with the raw text; a
 *   format's own error is kept as `cause`.
 * @example
 * const parsed = attachParsedOutput(message, params.output_config?.format);
 */
export function attachParsedOutput<M extends ParseableReply>(
  message: M,
  format: (JSONOutputFormat & { parse?: (text: string, reply?: StructuredOutputReply) => unknown }) | null | undefined,
): M & { parsed_output: unknown } {
  const parse =
    format?.type === 'json_schema' ? (text: string): unknown => parseWithFormat(format, text, message) : undefined;
  return Object.assign(message, { parsed_output: parseTextBlocks(message, { parse }) });
}

function parseWithFormat(
  format: { parse?: (text: string, reply?: StructuredOutputReply) => unknown },
  text: string,
  reply: StructuredOutputReply,
): unknown {
  if (!format.parse) return parseStructuredOutput(text, undefined, reply);
  try {
    return format.parse(text, reply);
  } catch (cause) {
    if (cause instanceof StructuredOutputError) throw cause;
    throw new StructuredOutputError({
      rawText: text,
      reason: cause instanceof Error ? cause.message : String(cause),
      cause,
    });
  }
}
