import type { MessageBatch } from '@anth/core';
import { batchResults, createBatch, deleteBatch, waitForBatch } from '@anth/batches';
import type { ExampleContext } from './context.js';

function describeCounts({ processing_status, request_counts: counts }: MessageBatch): string {
  return `${processing_status} (processing ${counts.processing}, succeeded ${counts.succeeded}, errored ${counts.errored}, canceled ${counts.canceled}, expired ${counts.expired})`;
}

/** The request this example makes invalid on purpose, to show an errored result. */
const INVALID_ON_PURPOSE = 'no-such-model';

/** Creates a small batch, waits for it with progress reports, then reads each result as it streams in. */
export async function batchWithProgress({ client, model, print, emulator }: ExampleContext): Promise<void> {
  // Offline, the emulator ends a batch at its third poll and answers with these scripted replies.
  emulator?.script(
    { content: [{ type: 'text', text: 'The capital of France is Paris.' }] },
    { content: [{ type: 'text', text: 'Two plus two is four.' }] },
  );
  const batch = await createBatch(client, {
    requests: [
      {
        custom_id: 'capital',
        params: { model, max_tokens: 256, messages: [{ role: 'user', content: 'What is the capital of France?' }] },
      },
      { custom_id: 'sum', params: { model, max_tokens: 256, messages: [{ role: 'user', content: 'What is 2 + 2?' }] } },
      // Invalid (no such model): the API reports it as an errored result, not at creation.
      {
        custom_id: INVALID_ON_PURPOSE,
        params: { model: 'claude-no-such-model', max_tokens: 256, messages: [{ role: 'user', content: 'Hi' }] },
      },
    ],
  });
  print(`created ${batch.id.slice(0, 12)}… with ${batch.request_counts.processing} requests`);

  const ended = await waitForBatch(client, batch.id, {
    // Real batches take minutes to hours; the emulator's take three polls.
    pollInterval: emulator ? 10 : 30_000,
    onProgress: (current) => print(`progress: ${describeCounts(current)}`),
  });

  // Results arrive in any order, one at a time: match them on custom_id.
  for await (const { custom_id, result } of await batchResults(client, ended.id)) {
    if (result.type === 'succeeded') {
      print(
        `${custom_id}: succeeded: ${result.message.content.map((block) => (block.type === 'text' ? block.text : '')).join('')}`,
      );
    } else if (result.type === 'errored') {
      const expected = custom_id === INVALID_ON_PURPOSE ? ', as expected' : '';
      print(`${custom_id}: errored${expected}: ${result.error.error.type}: ${result.error.error.message}`);
    } else {
      print(`${custom_id}: ${result.type}`);
    }
  }
  print(`deleted: ${(await deleteBatch(client, ended.id)).type}`);
}
