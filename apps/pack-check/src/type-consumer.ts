/**
 * The TypeScript a user of the packed packages writes, for `tsc --strict --noEmit` without
 * `skipLibCheck`: a namespace import of every entry point (so every declaration file is checked),
 * and a function that uses the main types the way an application does. It is type-checked, never run.
 * The same text is the ESM (`.mts`, `.ts`) and the CommonJS (`.cts`) consumer.
 */
export function typeConsumerSource(specifiers: readonly string[]): string {
  return `import { Anthropic, NotFoundError, type Message, type MessageCreateParams } from '@anth/core';
import { Messages, createMessage, streamMessage } from '@anth/messages';
import type {
  Anthropic as AnthropicFromMessages,
  Message as MessageFromMessages,
  MessageCreateParamsNonStreaming,
  RawMessageStreamEvent,
} from '@anth/messages';
import { Batches } from '@anth/batches';
import type { MessageBatch, MessageBatchIndividualResponse } from '@anth/batches';
import { BetaMessages, betaTool } from '@anth/beta';
import type { BetaMessage } from '@anth/beta';
import { AnthropicBedrock } from '@anth/bedrock';
import { AnthropicVertex } from '@anth/vertex';
import { AnthropicFoundry } from '@anth/foundry';
${specifiers.map((specifier, index) => `import * as entry${index} from '${specifier}';`).join('\n')}

/** Every entry point, so each one's declarations are part of the program. */
export const entryPoints = { ${specifiers.map((specifier, index) => `${JSON.stringify(specifier)}: entry${index}`).join(', ')} };

/** Type-checked, never run: the shapes an application relies on. */
export async function useTheTypes(client: AnthropicFromMessages): Promise<string> {
  const params: MessageCreateParams = {
    model: 'claude-sonnet-4-5',
    max_tokens: 64,
    messages: [{ role: 'user', content: 'ping' }],
  };
  const nonStreaming: MessageCreateParamsNonStreaming = { ...params, stream: false };
  const message: Message = await new Messages(client).create(nonStreaming);
  const sameMessage: MessageFromMessages = message;
  const viaFunction: MessageFromMessages = await createMessage(client, nonStreaming);
  const stream = streamMessage(client, params);
  const eventTypes: string[] = [];
  for await (const event of stream) {
    const typed: RawMessageStreamEvent = event;
    eventTypes.push(typed.type);
  }
  const final: Message = await stream.finalMessage();

  const batch: MessageBatch = await new Batches(client).create({ requests: [{ custom_id: 'a', params: nonStreaming }] });
  const results: MessageBatchIndividualResponse[] = [];
  for await (const result of await new Batches(client).results(batch.id)) results.push(result);

  const add = betaTool({
    name: 'add',
    inputSchema: { type: 'object', properties: { a: { type: 'number' }, b: { type: 'number' } }, required: ['a', 'b'] },
    run: (input) => String(input.a + input.b),
  });
  const beta: BetaMessage = await new BetaMessages(client).create({ ...nonStreaming, tools: [add] });

  const clouds: Anthropic[] = [
    new AnthropicBedrock({ awsRegion: 'us-east-1', awsAccessKey: 'a', awsSecretKey: 'b' }),
    new AnthropicVertex({ region: 'us-east5', projectId: 'project', accessToken: 'token' }),
    new AnthropicFoundry({ resource: 'resource', apiKey: 'key' }),
  ];
  try {
    await new Messages(clouds[0] ?? new Anthropic()).countTokens(params);
  } catch (error) {
    if (error instanceof NotFoundError) return error.requestID ?? 'no request id';
  }
  return [sameMessage.id, viaFunction.id, final.id, eventTypes.join(), results.length, beta.id].join();
}
`;
}

/**
 * A consumer that also uses an optional peer's types (zod for \`betaZodTool\`), for a project that
 * installed it.
 */
export function zodConsumerSource(): string {
  return `import { betaZodTool, type BetaRunnableTool } from '@anth/beta';
import { z } from 'zod';

const weather = betaZodTool({
  name: 'weather',
  inputSchema: z.object({ city: z.string(), days: z.number().int() }),
  run: (input) => \`\${input.city} for \${input.days} days\`,
});
export const tool: BetaRunnableTool<{ city: string; days: number }> = weather;
`;
}

/** One `tsc` setting under test: how modules resolve, and the consumer files that go with it. */
export interface TypeCheckSetup {
  name: string;
  compilerOptions: Record<string, string>;
  files: string[];
}

/**
 * The module settings users run: Node's own resolution (an ESM `.mts` and a CommonJS `.cts` file,
 * so both the `import` and the `require` declarations are checked) and a bundler's.
 */
export const TYPE_CHECK_SETUPS: readonly TypeCheckSetup[] = [
  { name: 'nodenext', compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext' }, files: ['.mts', '.cts'] },
  { name: 'bundler (esnext)', compilerOptions: { module: 'esnext', moduleResolution: 'bundler' }, files: ['.ts'] },
  { name: 'bundler (preserve)', compilerOptions: { module: 'preserve', moduleResolution: 'bundler' }, files: ['.ts'] },
];

/**
 * The tsconfig of one check: strict plus the two stricter flags strict projects add
 * (`exactOptionalPropertyTypes`, `noUncheckedIndexedAccess`), declaration files checked
 * (`skipLibCheck: false`), no `@types/*` (the declarations must not need Node's types), the DOM lib
 * for `fetch`'s types.
 */
export function consumerTsconfig(setup: TypeCheckSetup, files: readonly string[]): string {
  return JSON.stringify(
    {
      compilerOptions: {
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        exactOptionalPropertyTypes: true,
        noUncheckedIndexedAccess: true,
        target: 'ES2022',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        types: [],
        ...setup.compilerOptions,
      },
      files,
    },
    null,
    2,
  );
}
