import { Anthropic, toFile } from '@anth/core';
import { Files } from '@anth/beta';

const files = new Files(new Anthropic());
const file = await toFile(new TextEncoder().encode('Step 1: write the notes.\n'), 'notes.txt', { type: 'text/plain' });
const uploaded = await files.upload({ file });
const metadata = await files.retrieveMetadata(uploaded.id);
console.log(`${metadata.filename}: ${metadata.size_bytes} bytes`);
for await (const each of files.list()) console.log(`listed: ${each.filename}`);
console.log((await files.delete(uploaded.id)).type);
