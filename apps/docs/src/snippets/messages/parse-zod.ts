import { Anthropic } from '@anth/core';
import { parseMessage, zodOutputFormat } from '@anth/messages';
import { z } from 'zod';

const client = new Anthropic();
const message = await parseMessage(client, {
  model: 'claude-opus-4-6',
  max_tokens: 1024,
  messages: [{ role: 'user', content: 'Extract: Ada Lovelace, born 1815.' }],
  output_config: { format: zodOutputFormat(z.object({ name: z.string(), born: z.number().int() })) },
});
console.log(message.parsed_output?.born); // a number
