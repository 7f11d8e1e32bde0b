import { Anthropic } from '@anth/core';
import { BetaMessages, betaTool, Files } from '@anth/beta';
import { fileFromPath } from '@anth/beta/node'; // Node/Deno/Bun only: reads from disk

const client = new Anthropic();
const weather = betaTool({
  name: 'get_weather',
  inputSchema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
  run: ({ city }) => `18°C and sunny in ${city}`, // city: string, inferred from the schema
});
const final = await new BetaMessages(client).toolRunner({
  model: 'claude-opus-4-6',
  max_tokens: 1024,
  max_iterations: 5,
  tools: [weather],
  messages: [{ role: 'user', content: 'What should I wear in Paris today?' }],
});
console.log(final.content);

const uploaded = await new Files(client).upload({ file: fileFromPath('./report.pdf') });
console.log(uploaded.id, uploaded.filename, uploaded.size_bytes);
