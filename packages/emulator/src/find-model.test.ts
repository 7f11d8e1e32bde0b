import { describe, expect, it } from 'vitest';
import { createDefaultModels } from './default-models.js';
import { findModel } from './find-model.js';

describe('findModel', () => {
  const models = createDefaultModels();

  it.each([
    ['claude-sonnet-4-5-20250929', 'claude-sonnet-4-5-20250929'],
    ['claude-sonnet-4-5', 'claude-sonnet-4-5-20250929'],
    ['claude-sonnet-4-0', 'claude-sonnet-4-20250514'],
    ['claude-3-5-haiku-latest', 'claude-3-5-haiku-20241022'],
    ['claude-opus-4-6', 'claude-opus-4-6'],
  ])('finds %s', (requested, id) => {
    expect(findModel(models, requested)?.id).toBe(id);
  });

  it('finds nothing for an unknown id', () => {
    expect(findModel(models, 'claude-sonnet')).toBeUndefined();
    expect(findModel(models, 'claude-opus-4-6-latest')).toBeUndefined();
  });
});
