import { StructuredOutputError } from '@anth/core';
import { jsonSchemaOutputFormat, parseMessage, streamMessage } from '@anth/messages';
import type { ExampleContext } from './context.js';

/**
 * Structured outputs: a JSON Schema types `parsed_output`, the SDK rewrites the schema into what the
 * API accepts, parses the reply (also at the end of a stream), and says so when max_tokens cut it.
 */
export async function structuredOutput({ client, model, print, emulator }: ExampleContext): Promise<void> {
  const format = jsonSchemaOutputFormat({
    type: 'object',
    properties: {
      title: { type: 'string', minLength: 1 },
      year: { type: 'integer', description: 'Year of first publication' },
      genres: { type: 'array', items: { enum: ['fiction', 'history', 'science'] } },
    },
    required: ['title', 'year', 'genres'],
  });
  // Constraints the API does not take travel in the description; every object is closed.
  const sentProperties = format.schema['properties'] as Record<string, unknown>;
  print(`sent title schema: ${JSON.stringify(sentProperties['title'])}`);

  emulator?.script({ content: [{ type: 'text', text: '{"title":"Middlemarch","year":1871,"genres":["fiction"]}' }] });
  const question = { role: 'user' as const, content: 'Name one classic novel as JSON: title, year, genres.' };
  const message = await parseMessage(client, {
    model,
    max_tokens: 512,
    messages: [question],
    output_config: { format },
  });
  // `book` is typed from the schema: { title: string; year: number; genres: ('fiction' | 'history' | 'science')[] }.
  const book = message.parsed_output;
  if (book) print(`parsed: ${book.title} (${book.year}), genres: ${book.genres.join(', ')}`);

  // Unscripted, the emulator writes JSON that satisfies the schema; the stream parses it at the end.
  const final = await streamMessage(client, {
    model,
    max_tokens: 512,
    messages: [question],
    output_config: { format },
  }).finalMessage();
  print(`streamed and parsed: ${JSON.stringify(final.parsed_output)}`);

  try {
    await parseMessage(client, { model, max_tokens: 8, messages: [question], output_config: { format } });
    print('cut short: the reply fit in 8 tokens');
  } catch (error) {
    if (!(error instanceof StructuredOutputError)) throw error;
    print(`cut short: ${error.message} Raw text: ${error.rawText}`);
  }
}
