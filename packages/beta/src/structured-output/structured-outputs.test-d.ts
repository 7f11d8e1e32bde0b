// Type-level checks (run by `tsc -p tsconfig.json`): parsed_output is inferred from zod, JSON Schema
// and any Standard Schema library, and betaStandardSchemaTool types run's input, with no casts.
import type { Anthropic } from '@anth/core';
import { toStandardJsonSchema } from '@valibot/to-json-schema';
import { type } from 'arktype';
import * as v from 'valibot';
import { expectTypeOf } from 'vitest';
import { z } from 'zod';
import { BetaMessages } from '../messages/beta-messages.js';
import { parseBetaMessage } from '../messages/parse-beta-message.js';
import { streamBetaMessage } from '../messages/stream-beta-message.js';
import { betaStandardSchemaTool } from '../tools/beta-standard-schema-tool.js';
import type { BetaToolRunContext } from '../tools/runnable-tool.js';
import type { BetaMessage } from '../types/index.js';
import { betaJSONSchemaOutputFormat } from './beta-json-schema-output-format.js';
import { betaStandardSchemaOutputFormat } from './beta-standard-schema-output-format.js';
import { betaZodOutputFormat } from './beta-zod-output-format.js';
import type { ParsedBetaMessage } from './parsed-beta-message.js';

declare const client: Anthropic;
const base = { model: 'claude-sonnet-4-5', max_tokens: 1024, messages: [{ role: 'user' as const, content: 'Hi' }] };

export async function parse(): Promise<void> {
  const zodMessage = await new BetaMessages(client).parse({
    ...base,
    output_config: { format: betaZodOutputFormat(z.object({ answer: z.string(), sure: z.boolean() })) },
  });
  expectTypeOf(zodMessage.parsed_output).toEqualTypeOf<{ answer: string; sure: boolean } | null>();
  expectTypeOf(zodMessage).toExtend<BetaMessage>();

  // The deprecated output_format types parsed_output too.
  const deprecated = await parseBetaMessage(client, {
    ...base,
    output_format: betaJSONSchemaOutputFormat({
      type: 'object',
      properties: { n: { type: 'number' } },
      required: ['n'],
    }),
  });
  expectTypeOf(deprecated.parsed_output).toEqualTypeOf<{ n: number } | null>();

  const none = await parseBetaMessage(client, base);
  expectTypeOf(none).toEqualTypeOf<ParsedBetaMessage<null> & { readonly _request_id?: string | null }>();
}

export async function standardSchemas(): Promise<void> {
  const fromArktype = await parseBetaMessage(client, {
    ...base,
    output_config: {
      format: betaStandardSchemaOutputFormat(type({ city: 'string', 'population?': 'number.integer' })),
    },
  });
  expectTypeOf(fromArktype.parsed_output).toEqualTypeOf<{ city: string; population?: number } | null>();

  const fromValibot = betaStandardSchemaOutputFormat(
    toStandardJsonSchema(
      v.object({
        when: v.pipe(
          v.string(),
          v.transform((text) => text.length),
        ),
      }),
    ),
  );
  // Typed by the schema's output (after the transform), not its input.
  expectTypeOf(fromValibot.parse).returns.toEqualTypeOf<{ when: number }>();

  const fromZod = betaStandardSchemaOutputFormat(z.object({ n: z.number().default(1) }));
  expectTypeOf(fromZod.parse).returns.toEqualTypeOf<{ n: number }>();

  // @ts-expect-error: not a Standard Schema
  betaStandardSchemaOutputFormat({ type: 'object' });

  const stream = streamBetaMessage(client, {
    ...base,
    output_config: { format: betaStandardSchemaOutputFormat(type({ ok: 'boolean' })) },
  });
  expectTypeOf((await stream.finalMessage()).parsed_output).toEqualTypeOf<{ ok: boolean } | null>();
}

export function standardSchemaTools(context: BetaToolRunContext): void {
  betaStandardSchemaTool({
    name: 'ark',
    inputSchema: type({ city: 'string', 'days?': 'number[]' }),
    run: (input) => {
      expectTypeOf(input).toEqualTypeOf<{ city: string; days?: number[] }>();
      return input.city;
    },
  });
  const valibotTool = betaStandardSchemaTool({
    name: 'valibot',
    inputSchema: toStandardJsonSchema(v.object({ tags: v.array(v.picklist(['a', 'b'])) })),
    run: ({ tags }) => {
      expectTypeOf(tags).toEqualTypeOf<Array<'a' | 'b'>>();
      return tags.join(',');
    },
  });
  expectTypeOf(valibotTool.parse).returns.resolves.toEqualTypeOf<{ tags: Array<'a' | 'b'> }>();
  void valibotTool.run({ tags: ['a'] }, context);
  betaStandardSchemaTool({
    name: 'zod',
    inputSchema: z.object({ q: z.string() }),
    // @ts-expect-error: q is a string, not a number
    run: ({ q }: { q: number }) => String(q),
  });
}
