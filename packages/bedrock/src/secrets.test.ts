import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { AnthropicBedrock } from './anthropic-bedrock.js';

describe('AnthropicBedrock never shows its credentials', () => {
  it('in String(), JSON.stringify() or util.inspect(), copies included', () => {
    const clients = [
      new AnthropicBedrock({
        awsRegion: 'us-east-1',
        awsAccessKey: 'AKIDSECRET',
        awsSecretKey: 'aws-secret-key',
        awsSessionToken: 'session-secret',
      }),
      new AnthropicBedrock({ awsRegion: 'us-east-1', apiKey: 'bedrock-secret-key' }),
    ];
    clients.push(...clients.map((client) => client.withOptions({ maxRetries: 5 })));
    for (const client of clients) {
      for (const shown of [String(client), JSON.stringify(client), inspect(client, { depth: 10, showHidden: true })])
        expect(shown).not.toMatch(/SECRET|secret/);
    }
    expect(JSON.parse(JSON.stringify(clients[0]))).toMatchObject({ auth: 'AWS SigV4' });
    expect(JSON.parse(JSON.stringify(clients[1]))).toMatchObject({ auth: 'Bedrock API key' });
  });
});
