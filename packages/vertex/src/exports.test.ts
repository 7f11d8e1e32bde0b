import { expect, it } from 'vitest';
import * as vertex from './index.js';

// Any change to this list is an API change: review it, then update the snapshot on purpose.
it('exports exactly these runtime names', () => {
  expect(Object.keys(vertex).sort()).toMatchInlineSnapshot(`
    [
      "AnthropicVertex",
    ]
  `);
});
