import { MessageStream, type Anthropic, type ParsedOutputOf, type RequestOptions } from '@anth/core';
import { moveHeaderParams, parseSSEItems, warnOnDiscouragedParams, assertParams } from '@anth/core/internal';
import type { ParsedBetaMessage } from '../structured-output/parsed-beta-message.js';
import type { BetaMessageParam } from '../types/beta-message.js';
import type { BetaMessageStreamParams } from '../types/beta-message-params.js';
import type { BetaRawMessageStreamEvent } from '../types/beta-stream-events.js';
import type { BetaMessageStream } from './beta-message-stream.js';
import { moveOutputFormat } from './move-output-format.js';

/**
 * Streams a beta reply and accumulates it (core's `MessageStream`, so MCP tool inputs, compaction
 * deltas, fallbacks and context management accumulate like everything else). Every completed message
 * carries `parsed_output`: with a format from the beta output-format helpers, the parsed (and typed)
 * first text block (a failure fails the stream with a `StructuredOutputError`); otherwise `null`.
 * Throws synchronously when both `output_format` and `output_config.format` are given.
 *
 * @example
 * const stream = streamBetaMessage(client, { model: 'claude-opus-4-6', max_tokens: 1024, messages });
 * for await (const text of stream.textStream) process.stdout.write(text);
 * const message = await stream.finalMessage();
 */
export function streamBetaMessage<Params extends BetaMessageStreamParams>(
  client: Anthropic,
  params: Params,
  options?: RequestOptions,
): BetaMessageStream<ParsedOutputOf<Params>> {
  assertParams(params, 'streamBetaMessage');
  const { betas, ...rest } = params;
  const moved = moveHeaderParams(moveOutputFormat(rest), {
    'x-stainless-helper-method': 'stream',
    ...options?.headers,
  });
  const body = { ...moved.body, stream: true };
  warnOnDiscouragedParams(client, params);
  return MessageStream.fromRequest<
    ParsedBetaMessage<ParsedOutputOf<Params>>,
    BetaRawMessageStreamEvent,
    BetaMessageParam
  >(
    (signal) =>
      client
        .request(
          {
            ...options,
            method: 'post',
            path: '/v1/messages',
            body,
            betas,
            stream: true,
            signal,
            headers: moved.headers,
          },
          parseSSEItems<BetaRawMessageStreamEvent>,
        )
        .withResponse(),
    { signal: options?.signal, messages: params.messages, outputFormat: body.output_config?.format },
  );
}
