import { describe, expect, it } from 'vitest';
import { formatBanner } from './format-banner.js';

describe('formatBanner', () => {
  it('prints the URL and the ready-to-paste exports of the first-party API', () => {
    expect(formatBanner([{ name: 'anthropic', url: 'http://127.0.0.1:4010' }])).toBe(
      [
        'Anthropic API emulator (API version 2026-10-21); Ctrl-C stops it.',
        '',
        'anthropic  http://127.0.0.1:4010',
        '  export ANTHROPIC_BASE_URL=http://127.0.0.1:4010',
        '  export ANTHROPIC_API_KEY=sk-ant-emulator',
      ].join('\n'),
    );
  });

  it('gives each cloud backend the variables its client reads', () => {
    const banner = formatBanner([
      { name: 'anthropic', url: 'http://127.0.0.1:4010' },
      { name: 'bedrock', url: 'http://127.0.0.1:4011' },
      { name: 'vertex', url: 'http://127.0.0.1:4012/v1' },
      { name: 'foundry', url: 'http://127.0.0.1:4013/anthropic' },
    ]);
    expect(banner).toContain(
      'bedrock    http://127.0.0.1:4011\n  export ANTHROPIC_BEDROCK_BASE_URL=http://127.0.0.1:4011',
    );
    expect(banner).toContain('  export AWS_BEARER_TOKEN_BEDROCK=bedrock-api-key-emulator');
    expect(banner).toContain('  export ANTHROPIC_VERTEX_BASE_URL=http://127.0.0.1:4012/v1');
    expect(banner).toContain('OAuth token endpoint: http://127.0.0.1:4012/token');
    expect(banner).toContain('  export ANTHROPIC_FOUNDRY_BASE_URL=http://127.0.0.1:4013/anthropic');
    expect(banner).toContain('  export ANTHROPIC_FOUNDRY_API_KEY=sk-ant-emulator');
  });
});
