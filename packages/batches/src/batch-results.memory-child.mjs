// Child process of batch-results.memory.test.ts: downloads the results of a large batch with the
// built @anth/batches and reports the peak RSS growth while iterating them. Run as
// `node --expose-gc batch-results.memory-child.mjs <baseURL> <batchId>`; prints one JSON line.
import { Anthropic } from '@anth/core';
import { batchResults } from '@anth/batches';

const [baseURL, batchId] = process.argv.slice(2);
const client = new Anthropic({ apiKey: 'sk-ant-emulator', authToken: null, baseURL, maxRetries: 0, logLevel: 'off' });

// Warm-up: the first fetch loads and compiles Node's HTTP client (tens of MB of RSS, once), and the
// first lines warm up the decoder; the growth measured afterwards is the download's own.
for await (const _line of await batchResults(client, batchId)) break;
// A settled heap before the baseline.
globalThis.gc?.();
await new Promise((resolve) => setTimeout(resolve, 50));
globalThis.gc?.();
const baselineRss = process.memoryUsage().rss;
let peakRss = baselineRss;
const sample = () => {
  const rss = process.memoryUsage().rss;
  if (rss > peakRss) peakRss = rss;
};
const sampler = setInterval(sample, 5);

const started = performance.now();
let count = 0;
let outcomes = 0;
for await (const line of await batchResults(client, batchId)) {
  if (line.custom_id !== `request-${count}`) throw new Error(`line ${count} has custom_id ${line.custom_id}`);
  if (line.result.type === 'succeeded') outcomes++;
  count++;
  if (count % 500 === 0) sample();
}
clearInterval(sampler);
sample();
console.log(
  JSON.stringify({
    count,
    succeeded: outcomes,
    baselineRss,
    peakRss,
    growth: peakRss - baselineRss,
    milliseconds: Math.round(performance.now() - started),
  }),
);
