import { Anthropic } from '@anth/core';
import { Messages } from '@anth/messages';

const messages = new Messages(new Anthropic());
const params = {
  model: 'claude-opus-4-6',
  max_tokens: 256,
  messages: [{ role: 'user' as const, content: 'Hello, Claude' }],
};

const reply = await messages.create(params);
console.log(`request id: ${reply._request_id}`);

const { data, response, request_id } = await messages.create(params).withResponse();
console.log(`${response.status} ${request_id} ${data.stop_reason}`);

const raw = await messages.create(params).asResponse(); // the body is yours to read
console.log(`${raw.headers.get('content-type')} ${(await raw.json()).type}`);
