import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { AnthropicVertex } from './anthropic-vertex.js';

describe('AnthropicVertex never shows its access token', () => {
  it('in String(), JSON.stringify() or util.inspect(), copies included', () => {
    const client = new AnthropicVertex({ region: 'us-east5', projectId: 'p', accessToken: 'ya29.secret-token' });
    for (const each of [client, client.withOptions({ region: 'europe-west1' })]) {
      for (const shown of [String(each), JSON.stringify(each), inspect(each, { depth: 10, showHidden: true })])
        expect(shown).not.toMatch(/secret/);
    }
    expect(JSON.parse(JSON.stringify(client))).toMatchObject({ auth: 'accessToken' });
  });
});
