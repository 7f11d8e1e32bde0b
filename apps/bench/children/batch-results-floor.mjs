// Batch results, floor: a new process fetches the batch, then reads its results_url line by line
// with fetch + TextDecoderStream + split + JSON.parse, and reports its peak RSS.
// Run as `node batch-results-floor.mjs <baseURL> <batchId>`; prints one JSON line at the end.
const [baseURL, batchId] = process.argv.slice(2);
const headers = { authorization: 'Bearer sk-ant-bench-loopback', 'anthropic-version': '2026-10-21' };
const batch = await (await fetch(`${baseURL}/v1/messages/batches/${batchId}`, { headers })).json();
const response = await fetch(batch.results_url, { headers });
let count = 0;
let rest = '';
for await (const text of response.body.pipeThrough(new TextDecoderStream())) {
  const lines = (rest + text).split('\n');
  rest = lines.pop();
  for (const line of lines) {
    if (line && JSON.parse(line).custom_id) count++;
  }
}
if (rest && JSON.parse(rest).custom_id) count++;
console.log(JSON.stringify({ count, maxRSS: process.resourceUsage().maxRSS }));
