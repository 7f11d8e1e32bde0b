import type {
  Anthropic,
  APIPromise,
  Message,
  MessageCreateParamsNonStreaming,
  ParsedMessage,
  ParsedOutputOf,
  RequestOptions,
} from '@anth/core';
import { attachParsedOutput, parseJSONResponse, assertParams } from '@anth/core/internal';
import { requestMessage } from './create-message.js';

/**
 * Sends a message (non-streaming, as `createMessage`) and resolves to the reply with its structured
 * output: `parsed_output` is the first text block's value, parsed by the `output_config.format` that
 * `zodOutputFormat` / `jsonSchemaOutputFormat` built (a plain `json_schema` format is `JSON.parse`d;
 * without a format it is `null`), and every text block carries its own (non-enumerable)
 * `parsed_output`. Typed from the format.
 *
 * @throws StructuredOutputError (an AnthropicError, "Failed to parse structured output: …") when a
 *   text block is not JSON (saying so when the reply stopped at `max_tokens`) or fails the schema;
 *   it carries `rawText` and `issues`.
 * @example
 * const message = await parseMessage(client, {
 *   model: 'claude-opus-4-6', max_tokens: 1024,
 *   messages: [{ role: 'user', content: 'Extract: Ada Lovelace, born 1815.' }],
 *   output_config: { format: zodOutputFormat(z.object({ name: z.string(), born: z.number() })) },
 * });
 * console.log(message.parsed_output?.name);
 */
export function parseMessage<Params extends MessageCreateParamsNonStreaming>(
  client: Anthropic,
  params: Params,
  options?: RequestOptions,
): APIPromise<ParsedMessage<ParsedOutputOf<Params>>> {
  assertParams(params, 'parseMessage');
  const format = params.output_config?.format;
  return requestMessage(client, params, options, async (props) => {
    const message = await parseJSONResponse<Message>(props);
    return attachParsedOutput(message, format) as unknown as ParsedMessage<ParsedOutputOf<Params>>;
  });
}
