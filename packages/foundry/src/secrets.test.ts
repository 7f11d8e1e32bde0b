import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { AnthropicFoundry } from './anthropic-foundry.js';

describe('AnthropicFoundry never shows its key', () => {
  it('in String(), JSON.stringify() or util.inspect(), copies included', () => {
    const client = new AnthropicFoundry({ resource: 'my-resource', apiKey: 'foundry-secret-key' });
    for (const each of [client, client.withOptions({ timeout: 5_000 })]) {
      for (const shown of [String(each), JSON.stringify(each), inspect(each, { depth: 10, showHidden: true })])
        expect(shown).not.toMatch(/secret/);
    }
    expect(JSON.parse(JSON.stringify(client))).toMatchObject({ auth: 'Foundry API key' });
  });
});
