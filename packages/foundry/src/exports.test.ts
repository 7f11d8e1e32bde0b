import { expect, it } from 'vitest';
import { reExportedNames } from '../../../test-support/re-exported-names.js';
import * as foundry from './index.js';

// Any change to this list is an API change: review it, then update the snapshot on purpose.
it('exports exactly these runtime names', () => {
  expect(Object.keys(foundry).sort()).toMatchInlineSnapshot(`
    [
      "AnthropicFoundry",
    ]
  `);
});

// Type-only, so users import the types of this package's signatures from it at no run-time cost.
it('re-exports exactly these @anth/core types, type-only', () => {
  expect(reExportedNames(new URL('./index.ts', import.meta.url), '@anth/core')).toMatchInlineSnapshot(`
    [
      "type Anthropic",
      "type ClientOptions",
      "type HeadersInit",
      "type MiddlewareContext",
    ]
  `);
});
