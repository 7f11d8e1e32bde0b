import { describe, expect, it } from 'vitest';
import { validateCompleteParams } from './validate-complete-params.js';

const valid = { model: 'claude-3-haiku-20240307', prompt: '\n\nHuman: Hi\n\nAssistant:', max_tokens_to_sample: 50 };

describe('validateCompleteParams', () => {
  it('accepts a valid prompt', () => {
    expect(validateCompleteParams(valid)).toBeUndefined();
  });

  it.each([
    [{ prompt: 'Hi\n\nAssistant:' }, 'prompt must start with "\n\nHuman:" turn'],
    [{ prompt: '\n\nHuman: Hi' }, 'prompt must contain "\n\nAssistant:" turn'],
    [{ prompt: undefined }, 'prompt: Field required'],
    [{ max_tokens_to_sample: undefined }, 'max_tokens_to_sample: Field required'],
    [{ max_tokens_to_sample: 0 }, 'max_tokens_to_sample: Input should be greater than or equal to 1'],
    [{ messages: [] }, 'messages: Extra inputs are not permitted'],
  ])('rejects %j', (overrides, message) => {
    const body: Record<string, unknown> = { ...valid, ...overrides };
    for (const [key, value] of Object.entries(overrides)) if (value === undefined) delete body[key];
    expect(validateCompleteParams(body)).toBe(message);
  });
});
