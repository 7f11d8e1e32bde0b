import { expect, it } from 'vitest';
import { reExportedNames } from '../../../test-support/re-exported-names.js';
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

// Type-only, so users import the types of this package's signatures from it at no run-time cost.
it('re-exports exactly these @anth/core types, type-only', () => {
  expect(reExportedNames(new URL('./index.ts', import.meta.url), '@anth/core')).toMatchInlineSnapshot(`
    [
      "type APIPromise",
      "type Anthropic",
      "type BatchCreateParams",
      "type BatchCreateParamsRequest",
      "type BatchListParams",
      "type DeletedMessageBatch",
      "type Message",
      "type MessageBatch",
      "type MessageBatchCanceledResult",
      "type MessageBatchErroredResult",
      "type MessageBatchExpiredResult",
      "type MessageBatchIndividualResponse",
      "type MessageBatchRequestCounts",
      "type MessageBatchResult",
      "type MessageBatchSucceededResult",
      "type MessageCreateParamsNonStreaming",
      "type PagePromise",
      "type RequestOptions",
      "type Stream",
    ]
  `);
});
