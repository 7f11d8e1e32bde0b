import { describe, expect, expectTypeOf, it } from 'vitest';
import { emulatedClient } from '../test-client.js';
import type { BetaToolRunner } from '../tool-runner/beta-tool-runner.js';
import type { BetaMessageStream } from './beta-message-stream.js';
import { BetaMessages } from './beta-messages.js';

const base = { model: 'claude-sonnet-4-5', max_tokens: 64, messages: [{ role: 'user' as const, content: 'Hi' }] };

describe('BetaMessages', () => {
  it('forwards create, stream, countTokens and toolRunner to the beta endpoints', async () => {
    const { client, emulator } = emulatedClient();
    const betaMessages = new BetaMessages(client);
    await betaMessages.create(base);
    const stream = betaMessages.stream(base);
    expectTypeOf(stream).toEqualTypeOf<BetaMessageStream>();
    await stream.done();
    await betaMessages.countTokens({ model: base.model, messages: base.messages });
    const runner = betaMessages.toolRunner({ ...base, tools: [] });
    expectTypeOf(runner).toEqualTypeOf<BetaToolRunner<false>>();
    expectTypeOf(betaMessages.toolRunner({ ...base, tools: [], stream: true })).toEqualTypeOf<BetaToolRunner<true>>();
    await runner;
    expect(emulator.requests.map((request) => request.url.replace('http://emulator.test', ''))).toEqual([
      '/v1/messages',
      '/v1/messages',
      '/v1/messages/count_tokens',
      '/v1/messages',
    ]);
  });
});
