import { Anthropic, StructuredOutputError } from '@anth/core';
import { startEmulator, type RunningEmulator } from '@anth/emulator/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { servedClientOptions } from '../../../test-support/emulated-client.js';
import { Messages } from './messages.js';
import { zodOutputFormat } from './zod-output-format.js';

const base = { model: 'claude-sonnet-4-5', max_tokens: 1024, messages: [{ role: 'user' as const, content: 'Go' }] };
const Trip = z.object({ from: z.string(), to: z.string(), legs: z.array(z.object({ km: z.number() })) });

describe('structured outputs over real sockets (emulator on 127.0.0.1)', () => {
  let server: RunningEmulator;
  let messages: Messages;
  beforeAll(async () => {
    server = await startEmulator();
    messages = new Messages(new Anthropic(servedClientOptions(server)));
  });
  afterAll(async () => {
    await server.close();
  });

  it('parse() and stream() give the parsed output; the body on the wire has no parse function', async () => {
    server.reset();
    const format = zodOutputFormat(Trip);
    const parsed = await messages.parse({ ...base, output_config: { format } });
    const streamed = await messages.stream({ ...base, output_config: { format } }).finalMessage();
    const expected = { from: 'example from', to: 'example to', legs: [{ km: 1 }] };
    expect(parsed.parsed_output).toEqual(expected);
    expect(streamed.parsed_output).toEqual(expected);
    const [plain, stream] = server.requests;
    expect(JSON.parse(plain?.rawBody ?? '')).toEqual({
      ...base,
      output_config: { format: JSON.parse(JSON.stringify(format)) },
    });
    expect(Object.keys((plain?.body as { output_config: { format: object } }).output_config.format)).toEqual([
      'type',
      'schema',
    ]);
    expect(stream?.body).toMatchObject({ stream: true, output_config: { format: { type: 'json_schema' } } });
  });

  it('a reply cut at max_tokens fails the stream with a StructuredOutputError', async () => {
    server.reset();
    server.script({ structuredOutput: 'max_tokens' });
    const error = await messages
      .stream({ ...base, output_config: { format: zodOutputFormat(Trip) } })
      .finalMessage()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StructuredOutputError);
    expect((error as StructuredOutputError).message).toMatch(/stopped at max_tokens/);
  });
});
