import { Anthropic } from '@anth/core';
import { startEmulator, type RunningEmulator } from '@anth/emulator/node';
import { type } from 'arktype';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servedClientOptions } from '../../../../test-support/emulated-client.js';
import { BetaMessages } from '../messages/beta-messages.js';
import { betaStandardSchemaOutputFormat } from './beta-standard-schema-output-format.js';

const base = { model: 'claude-sonnet-4-5', max_tokens: 1024, messages: [{ role: 'user' as const, content: 'Go' }] };

describe('beta structured outputs over real sockets (emulator on 127.0.0.1)', () => {
  let server: RunningEmulator;
  let betaMessages: BetaMessages;
  beforeAll(async () => {
    server = await startEmulator();
    betaMessages = new BetaMessages(new Anthropic(servedClientOptions(server)));
  });
  afterAll(async () => {
    await server.close();
  });

  it('BetaMessages.parse and stream, with a Standard Schema (arktype) format', async () => {
    server.reset();
    const format = betaStandardSchemaOutputFormat(type({ city: 'string', population: 'number.integer' }));
    const parsed = await betaMessages.parse({ ...base, output_config: { format } });
    const streamed = await betaMessages.stream({ ...base, output_format: format }).finalMessage();
    expect(parsed.parsed_output).toEqual({ city: 'example city', population: 1 });
    expect(streamed.parsed_output).toEqual({ city: 'example city', population: 1 });
    const [parseRequest, streamRequest] = server.requests;
    expect(parseRequest?.headers.get('anthropic-beta')).toBe('structured-outputs-2025-12-15');
    expect(JSON.parse(parseRequest?.rawBody ?? '')).toEqual({
      ...base,
      output_config: {
        format: {
          type: 'json_schema',
          schema: {
            type: 'object',
            properties: { city: { type: 'string' }, population: { type: 'integer' } },
            additionalProperties: false,
            required: ['city', 'population'],
          },
        },
      },
    });
    expect(streamRequest?.body).toMatchObject({ stream: true, output_config: { format: { type: 'json_schema' } } });
    expect(streamRequest?.body).not.toHaveProperty('output_format');
  });
});
