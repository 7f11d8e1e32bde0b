import { expect, it } from 'vitest';
import * as batches from './index.js';

// Any change to this list is an API change: review it, then update the snapshot on purpose.
it('exports exactly these runtime names', () => {
  expect(Object.keys(batches).sort()).toMatchInlineSnapshot(`
    [
      "Batches",
      "batchResults",
      "cancelBatch",
      "createBatch",
      "deleteBatch",
      "listBatches",
      "retrieveBatch",
      "waitForBatch",
    ]
  `);
});
