import { Anthropic } from '@anth/core';
import { BetaMessages, betaZodTool } from '@anth/beta';
import { z } from 'zod';

const getWeather = betaZodTool({
  name: 'get_weather',
  description: 'The current weather in a city',
  inputSchema: z.object({ city: z.string() }),
  run: ({ city }) => `18°C and sunny in ${city}`,
});

// The conversation stays here and goes out whole each turn (pass `thread: true` for a server-side thread).
const runner = new BetaMessages(new Anthropic()).toolRunner({
  model: 'claude-opus-4-6',
  max_tokens: 1024,
  max_iterations: 5,
  tools: [getWeather],
  messages: [{ role: 'user', content: 'What is the weather in Paris?' }],
});
for await (const message of runner) {
  console.log(message.stop_reason, message.content.map((block) => block.type).join(', '));
}
