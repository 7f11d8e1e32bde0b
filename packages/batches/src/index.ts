export { createBatch } from './create-batch.js';
export { retrieveBatch } from './retrieve-batch.js';
export { listBatches } from './list-batches.js';
export { cancelBatch } from './cancel-batch.js';
export { deleteBatch } from './delete-batch.js';
export { batchResults } from './batch-results.js';
export { waitForBatch, type WaitForBatchOptions } from './wait-for-batch.js';
export { Batches } from './batches.js';
