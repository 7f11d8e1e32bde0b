// Cold start, floor: a new process POSTs one message with plain fetch and parses the reply.
// Run as `node cold-start-floor.mjs <baseURL>`; prints one JSON line once the reply is parsed.
const [baseURL] = process.argv.slice(2);
const response = await fetch(`${baseURL}/v1/messages`, {
  method: 'POST',
  headers: {
    'content-type': 'application/json',
    authorization: 'Bearer sk-ant-bench-loopback',
    'anthropic-version': '2026-10-21',
  },
  body: JSON.stringify({
    model: 'claude-opus-4-6',
    max_tokens: 1024,
    messages: [{ role: 'user', content: 'What is the capital of France?' }],
  }),
});
const message = JSON.parse(await response.text());
console.log(JSON.stringify({ id: message.id, maxRSS: process.resourceUsage().maxRSS }));
