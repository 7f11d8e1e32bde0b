import { describe, expect, it } from 'vitest';
import { validateMessageParams } from './validate-message-params.js';

const valid = { model: 'claude-sonnet-4-5', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }] };

function errorFor(overrides: Record<string, unknown>, kind: 'create' | 'count_tokens' = 'create'): string | undefined {
  const body: Record<string, unknown> = { ...valid, ...overrides };
  for (const [key, value] of Object.entries(overrides)) if (value === undefined) delete body[key];
  return validateMessageParams(body, kind);
}

describe('validateMessageParams', () => {
  it('accepts a minimal valid body', () => {
    expect(errorFor({})).toBeUndefined();
  });

  it.each([
    [{ model: undefined }, 'model: Field required'],
    [{ model: 42 }, 'model: Input should be a valid string'],
    [{ max_tokens: undefined }, 'max_tokens: Field required'],
    [{ max_tokens: 1.5 }, 'max_tokens: Input should be a valid integer'],
    [{ max_tokens: 0 }, 'max_tokens: Input should be greater than or equal to 1'],
    [{ messages: undefined }, 'messages: Field required'],
    [{ messages: 'Hi' }, 'messages: Input should be a valid list'],
    [{ messages: [] }, 'messages: at least one message is required'],
    [
      { messages: [{ role: 'robot', content: 'Hi' }] },
      "messages.0.role: Input should be 'user', 'assistant' or 'system'",
    ],
    [{ messages: [{ content: 'Hi' }] }, 'messages.0.role: Field required'],
    [{ messages: [{ role: 'user' }] }, 'messages.0.content: Field required'],
    [{ messages: [{ role: 'user', content: 5 }] }, 'messages.0.content: Input should be a valid list'],
    [{ messages: [{ role: 'user', content: [{ type: 'text' }] }] }, 'messages.0.content.0.text: Field required'],
    [{ messages: [{ role: 'user', content: [{ text: 'x' }] }] }, 'messages.0.content.0.type: Field required'],
    [{ messages: [{ role: 'assistant', content: 'Hi' }] }, 'messages: first message must use the "user" role'],
    [
      { messages: [{ role: 'user', content: '' }] },
      'messages.0: all messages must have non-empty content except for the optional final assistant message',
    ],
    [
      { messages: [{ role: 'user', content: [{ type: 'text', text: '' }] }] },
      'messages: text content blocks must be non-empty',
    ],
    [
      {
        messages: [
          { role: 'user', content: 'Hi' },
          { role: 'assistant', content: 'Sure ' },
        ],
      },
      'messages: final assistant content cannot end with trailing whitespace',
    ],
    [{ temperature: 1.5 }, 'temperature: Input should be less than or equal to 1'],
    [{ temperature: -0.1 }, 'temperature: Input should be greater than or equal to 0'],
    [{ temperature: 'hot' }, 'temperature: Input should be a valid number'],
    [{ stream: 'yes' }, 'stream: Input should be a valid boolean'],
    [{ stop_sequences: [1] }, 'stop_sequences.0: Input should be a valid string'],
    [{ system: [{ type: 'image' }] }, "system.0.type: Input should be 'text'"],
    [{ thinking: { type: 'enabled' } }, 'thinking.enabled.budget_tokens: Field required'],
    [
      { thinking: { type: 'enabled', budget_tokens: 1000 } },
      'thinking.enabled.budget_tokens: Input should be greater than or equal to 1024',
    ],
    [{ thinking: {} }, "thinking: Unable to extract tag using discriminator 'type'"],
    [
      { thinking: { type: 'on' } },
      "thinking: Input tag 'on' found using 'type' does not match any of the expected tags: 'enabled', 'disabled', 'adaptive', 'between_tools'",
    ],
    [{ tools: [{ input_schema: {} }] }, 'tools.0.name: Field required'],
    [
      { tools: [{ name: 'get weather', input_schema: {} }] },
      "tools.0.name: String should match pattern '^[a-zA-Z0-9_-]{1,128}$'",
    ],
    [{ tools: [{ name: 'get_weather' }] }, 'tools.0.input_schema: Field required'],
    [
      {
        tools: [
          { name: 'a', input_schema: {} },
          { name: 'a', input_schema: {} },
        ],
      },
      'tools: Tool names must be unique.',
    ],
    [{ tool_choice: { type: 'tool' } }, 'tool_choice.tool.name: Field required'],
    [{ betas: ['x'] }, 'betas: Extra inputs are not permitted'],
    [{ workspace_id: 'wrkspc_1' }, 'workspace_id: Extra inputs are not permitted'],
    [{ speed: 'turbo' }, "speed: Input should be 'standard' or 'fast'"],
    [{ inference_geo: 1 }, 'inference_geo: Input should be a valid string'],
    [{ diagnostics: 'yes' }, 'diagnostics: Input should be a valid dictionary'],
    [{ diagnostics: { previous_message_id: 5 } }, 'diagnostics.previous_message_id: Input should be a valid string'],
    [{ diagnostics: { since: 'x' } }, 'diagnostics.since: Extra inputs are not permitted'],
    [
      { cache_control: { type: 'forever' } },
      "cache_control: Input tag 'forever' found using 'type' does not match any of the expected tags: 'ephemeral'",
    ],
    [{ container: 5 }, 'container: Input should be a valid string'],
    [{ container: { name: 'x' } }, 'container.name: Extra inputs are not permitted'],
    [
      { thinking: { type: 'adaptive', display: 'full' } },
      "thinking.adaptive.display: Input should be 'summarized' or 'omitted'",
    ],
    [
      { output_config: { effort: 'extreme' } },
      "output_config.effort: Input should be 'low', 'medium', 'high', 'xhigh' or 'max'",
    ],
    [
      { billing_policy: { type: 'billing_policy', bill_to: 'them' } },
      "billing_policy.bill_to: Input should be 'self' or 'user_profile'",
    ],
    [
      {
        messages: [
          { role: 'user', content: 'Hi' },
          { role: 'system', content: [{ type: 'image', source: { type: 'url', url: 'https://example.com/a.png' } }] },
        ],
      },
      "messages.1.content.0: Input tag 'image' found using 'type' does not match any of the expected tags: 'text', 'tool_addition', 'tool_removal'",
    ],
    [
      {
        messages: [
          { role: 'user', content: 'Hi' },
          { role: 'system', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: 'x' }] },
        ],
      },
      "messages.1.content.0: Input tag 'tool_result' found using 'type' does not match any of the expected tags: 'text', 'tool_addition', 'tool_removal'",
    ],
    [
      {
        messages: [
          { role: 'user', content: 'Hi' },
          { role: 'system', content: 'x', clear_at: 'later' },
        ],
      },
      "messages.1.clear_at: Input should be 'next_user_message' or 'never'",
    ],
    [
      {
        messages: [
          { role: 'user', content: 'Hi' },
          { role: 'system', content: 'x', priority: 1 },
        ],
      },
      'messages.1.priority: Extra inputs are not permitted',
    ],
  ])('rejects %j with the API message', (overrides, message) => {
    expect(errorFor(overrides)).toBe(message);
  });

  it('requires max_tokens to exceed the thinking budget', () => {
    expect(errorFor({ max_tokens: 2000, thinking: { type: 'enabled', budget_tokens: 2000 } })).toMatch(
      /^`max_tokens` must be greater than `thinking.budget_tokens`/,
    );
    expect(errorFor({ max_tokens: 2001, thinking: { type: 'enabled', budget_tokens: 2000 } })).toBeUndefined();
  });

  it('does not enforce alternating roles', () => {
    const messages = [
      { role: 'user', content: 'a' },
      { role: 'user', content: 'b' },
      { role: 'assistant', content: 'c' },
      { role: 'assistant', content: 'd' },
    ];
    expect(errorFor({ messages })).toBeUndefined();
  });

  it('accepts server tools and null optionals', () => {
    expect(
      errorFor({ tools: [{ type: 'web_search_20250305', name: 'web_search' }], temperature: null }),
    ).toBeUndefined();
  });

  it('accepts the 2026-10-21 fields, and the removed sampling params (whether the API refuses those is unknown)', () => {
    expect(
      errorFor({
        speed: 'fast',
        inference_geo: 'us',
        diagnostics: { previous_message_id: 'msg_01' },
        cache_control: { type: 'ephemeral' },
        container: { id: 'container_1', skills: [] },
        thinking: { type: 'adaptive', display: 'omitted' },
        output_config: { effort: 'xhigh' },
        service_tier: 'auto',
        billing_policy: { type: 'billing_policy', bill_to: 'user_profile' },
        temperature: 0.5,
        top_p: 0.9,
        top_k: 5,
      }),
    ).toBeUndefined();
    expect(errorFor({ thinking: { type: 'between_tools' }, speed: null, diagnostics: null })).toBeUndefined();
    expect(errorFor({ container: 'container_1' })).toBeUndefined();
  });

  it('takes system-role messages of text, and the beta tool changes; content may be left out', () => {
    const conversation = (system: Record<string, unknown>) => [
      { role: 'user', content: 'Hi' },
      { role: 'assistant', content: 'Hello.' },
      { role: 'system', ...system },
      { role: 'user', content: 'Go on.' },
    ];
    for (const system of [
      { content: 'Answer in French.' },
      { content: [{ type: 'text', text: 'Answer in French.' }] },
      { content: [{ type: 'tool_removal', tool: { type: 'tool_reference', name: 'x' } }] },
      { content: [{ type: 'tool_addition', tool: { type: 'tool_reference', name: 'x' } }], clear_at: 'never' },
      { output_config: { effort: 'low' }, clear_at: 'next_user_message' },
    ])
      expect(errorFor({ messages: conversation(system) })).toBeUndefined();
    expect(errorFor({ messages: conversation({ content: [{ type: 'text' }] }) })).toBe(
      'messages.2.content.0.text: Field required',
    );
  });

  it('validates count_tokens bodies without max_tokens', () => {
    expect(errorFor({ max_tokens: undefined }, 'count_tokens')).toBeUndefined();
    expect(errorFor({}, 'count_tokens')).toBe('max_tokens: Extra inputs are not permitted');
    expect(errorFor({ max_tokens: undefined, messages: undefined }, 'count_tokens')).toBe('messages: Field required');
  });

  it('rejects a body that is not an object', () => {
    expect(validateMessageParams([1], 'create')).toBe('body: Input should be a valid dictionary');
  });
});
