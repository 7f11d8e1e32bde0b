// Batch results, official SDK 1.14: a new process iterates `client.messages.batches.results(id)` to
// the end and reports its peak RSS. Run as `node batch-results-official.mjs <baseURL> <batchId>`;
// prints one JSON line at the end.
import Anthropic from '@anthropic-ai/sdk';

const [baseURL, batchId] = process.argv.slice(2);
const client = new Anthropic({ apiKey: 'sk-ant-bench-loopback', baseURL });
let count = 0;
for await (const result of await client.messages.batches.results(batchId)) {
  if (result.custom_id) count++;
}
console.log(JSON.stringify({ count, maxRSS: process.resourceUsage().maxRSS }));
