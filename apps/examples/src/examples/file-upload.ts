import { toFile } from '@anth/core';
import { createBetaMessage, Files } from '@anth/beta';
import type { ExampleContext } from './context.js';

const NOTES = 'Release checklist:\n1. Tag the build.\n2. Publish the packages.\n3. Announce the release.\n';

/** Uploads a file, finds it in the list, asks a question about it, then deletes it. */
export async function uploadAFile({ client, model, print, emulator }: ExampleContext): Promise<void> {
  const files = new Files(client);
  const uploaded = await files.upload({
    file: await toFile(new TextEncoder().encode(NOTES), 'checklist.txt', { type: 'text/plain' }),
  });
  print(
    `uploaded: ${uploaded.filename} (${uploaded.mime_type}, ${uploaded.size_bytes} bytes) as ${uploaded.id.slice(0, 5)}…`,
  );

  const metadata = await files.retrieveMetadata(uploaded.id);
  let listed = false;
  for await (const file of files.list({ limit: 20 })) if (file.id === uploaded.id) listed = true;
  print(
    `metadata: ${metadata.filename}, downloadable: ${String(metadata.downloadable ?? false)}; listed: ${listed ? 'yes' : 'no'}`,
  );

  emulator?.script({
    content: [{ type: 'text', text: 'The checklist has three steps; the last is to announce the release.' }],
  });
  const answer = await createBetaMessage(client, {
    model,
    max_tokens: 256,
    betas: ['files-api-2025-04-14'],
    messages: [
      {
        role: 'user',
        content: [
          { type: 'document', source: { type: 'file', file_id: uploaded.id }, title: 'Checklist' },
          { type: 'text', text: 'How many steps does the checklist have, and what is the last one?' },
        ],
      },
    ],
  });
  print(`answer: ${answer.content.flatMap((block) => (block.type === 'text' ? [block.text] : [])).join('')}`);

  const deleted = await files.delete(uploaded.id);
  print(`deleted: ${deleted.type ?? 'file_deleted'}`);
}
