/**
 * What a user would write after `npm install`: the ESM and CJS flavours of one example (a message, a
 * streamed reply, an error with its class), plus a load of every other package's entry point.
 */
export function esmExample(otherPackages: readonly string[]): string {
  return `import { Anthropic, NotFoundError } from '@anth/core';
import { Messages, createMessage } from '@anth/messages';
${otherPackages.map((name, index) => `import * as other${index} from '${name}';`).join('\n')}

const client = new Anthropic();
const messages = new Messages(client);
const reply = await createMessage(client, { model: 'claude-opus-4-6', max_tokens: 64, messages: [{ role: 'user', content: 'ping' }] });
let streamed = '';
for await (const text of messages.stream({ model: 'claude-opus-4-6', max_tokens: 64, messages: [{ role: 'user', content: 'stream' }] }).textStream) streamed += text;
let errorClass = 'none';
try {
  await messages.create({ model: 'claude-nope', max_tokens: 8, messages: [{ role: 'user', content: 'x' }] });
} catch (error) {
  errorClass = error instanceof NotFoundError ? 'NotFoundError' : String(error);
}
const others = { ${otherPackages.map((name, index) => `${JSON.stringify(name)}: Object.keys(other${index}).length`).join(', ')} };
console.log(JSON.stringify({ reply: reply.content[0]?.type, streamed: streamed.length > 0, errorClass, others }));
`;
}

export function cjsExample(otherPackages: readonly string[]): string {
  return `const { Anthropic, NotFoundError } = require('@anth/core');
const { Messages } = require('@anth/messages');
const others = { ${otherPackages.map((name) => `${JSON.stringify(name)}: Object.keys(require(${JSON.stringify(name)})).length`).join(', ')} };

(async () => {
  const messages = new Messages(new Anthropic());
  const reply = await messages.create({ model: 'claude-opus-4-6', max_tokens: 64, messages: [{ role: 'user', content: 'ping' }] });
  const error = await messages.create({ model: 'claude-nope', max_tokens: 8, messages: [{ role: 'user', content: 'x' }] }).catch((caught) => caught);
  console.log(JSON.stringify({ reply: reply.content[0] && reply.content[0].type, errorClass: error instanceof NotFoundError ? 'NotFoundError' : String(error), others }));
})();
`;
}
