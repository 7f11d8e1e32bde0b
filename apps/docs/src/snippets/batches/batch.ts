import { Anthropic } from '@anth/core';
import { Batches } from '@anth/batches';

const batches = new Batches(new Anthropic());
const batch = await batches.create({
  requests: [
    {
      custom_id: 'q1',
      params: { model: 'claude-opus-4-6', max_tokens: 1024, messages: [{ role: 'user', content: 'Hello' }] },
    },
  ],
});
await batches.waitForEnd(batch.id, { onProgress: (b) => console.log(b.processing_status, b.request_counts) });
for await (const { custom_id, result } of await batches.results(batch.id)) {
  console.log(custom_id, result.type === 'succeeded' ? result.message.content : result.type);
}
