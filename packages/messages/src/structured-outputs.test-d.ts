// Type-level checks (run by `tsc -p tsconfig.json`): parsed_output is inferred from the format, with
// no casts, on parseMessage, Messages.parse and streams.
import type { Anthropic, AutoParseableOutputFormat, Message, ParsedMessage, TextBlock } from '@anth/core';
import { expectTypeOf } from 'vitest';
import { z } from 'zod';
import { jsonSchemaOutputFormat } from './json-schema-output-format.js';
import { Messages } from './messages.js';
import { parseMessage } from './parse-message.js';
import { streamMessage } from './stream-message.js';
import { zodOutputFormat } from './zod-output-format.js';

declare const client: Anthropic;
const base = { model: 'claude-sonnet-4-5', max_tokens: 1024, messages: [{ role: 'user' as const, content: 'Hi' }] };

export async function fromZod(): Promise<void> {
  const Recipe = z.object({
    title: z.string(),
    steps: z.array(z.object({ text: z.string(), minutes: z.number().optional() })),
    difficulty: z.enum(['easy', 'hard']),
  });
  type Recipe = z.infer<typeof Recipe>;
  const message = await parseMessage(client, { ...base, output_config: { format: zodOutputFormat(Recipe) } });
  expectTypeOf(message.parsed_output).toEqualTypeOf<Recipe | null>();
  expectTypeOf(message).toExtend<Message>();
  const block = message.content[0];
  if (block?.type === 'text') {
    expectTypeOf(block.parsed_output).toEqualTypeOf<Recipe | null>();
    expectTypeOf(block).toExtend<TextBlock>();
  }
  expectTypeOf(zodOutputFormat(Recipe)).toEqualTypeOf<AutoParseableOutputFormat<Recipe>>();
}

export async function fromJSONSchema(): Promise<void> {
  // Inline: the `const` type parameter keeps the literals.
  const inline = await new Messages(client).parse({
    ...base,
    output_config: {
      format: jsonSchemaOutputFormat({
        type: 'object',
        properties: {
          name: { type: 'string' },
          tags: { type: 'array', items: { type: 'string' } },
          kind: { enum: ['a', 'b'] },
          score: { anyOf: [{ type: 'number' }, { type: 'null' }] },
        },
        required: ['name', 'kind'],
        additionalProperties: false,
      }),
    },
  });
  expectTypeOf(inline.parsed_output).toEqualTypeOf<{
    name: string;
    kind: 'a' | 'b';
    tags?: string[];
    score?: number | null;
  } | null>();

  // Declared `as const` elsewhere.
  const schema = { type: 'object', properties: { n: { type: 'integer' } }, required: ['n'] } as const;
  const declared = await parseMessage(client, { ...base, output_config: { format: jsonSchemaOutputFormat(schema) } });
  expectTypeOf(declared.parsed_output).toEqualTypeOf<{ n: number } | null>();

  // @ts-expect-error: the top-level schema must be an object schema
  jsonSchemaOutputFormat({ type: 'array', items: { type: 'string' } });
}

export async function withoutAParseableFormat(): Promise<void> {
  const none = await parseMessage(client, base);
  expectTypeOf(none.parsed_output).toEqualTypeOf<null>();
  expectTypeOf(none).toEqualTypeOf<ParsedMessage<null> & { readonly _request_id?: string | null }>();
  const plain = await parseMessage(client, {
    ...base,
    output_config: { format: { type: 'json_schema', schema: { type: 'object' } } },
  });
  expectTypeOf(plain.parsed_output).toEqualTypeOf<null>();
  // @ts-expect-error: parse() does not stream
  parseMessage(client, { ...base, stream: true });
}

export async function onStreams(): Promise<void> {
  const Answer = z.object({ answer: z.string() });
  const stream = streamMessage(client, { ...base, output_config: { format: zodOutputFormat(Answer) } });
  expectTypeOf((await stream.finalMessage()).parsed_output).toEqualTypeOf<{ answer: string } | null>();
  stream.on('message', (message) => expectTypeOf(message.parsed_output).toEqualTypeOf<{ answer: string } | null>());
  const plain = await new Messages(client).stream(base).finalMessage();
  expectTypeOf(plain.parsed_output).toEqualTypeOf<null>();
  expectTypeOf(plain).toExtend<Message>();
}
