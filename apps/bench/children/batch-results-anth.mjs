// Batch results, @anth: a new process iterates `new Batches(client).results(id)` to the end and
// reports its peak RSS. Run as `node batch-results-anth.mjs <baseURL> <batchId>`; prints one JSON
// line at the end.
import { Batches } from '@anth/batches';
import { Anthropic } from '@anth/core';

const [baseURL, batchId] = process.argv.slice(2);
const client = new Anthropic({ apiKey: 'sk-ant-bench-loopback', baseURL });
let count = 0;
for await (const result of await new Batches(client).results(batchId)) {
  if (result.custom_id) count++;
}
console.log(JSON.stringify({ count, maxRSS: process.resourceUsage().maxRSS }));
