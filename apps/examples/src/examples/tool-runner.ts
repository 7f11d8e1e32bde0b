import { BetaMessages, betaTool } from '@anth/beta';
import type { ExampleContext } from './context.js';

const FORECASTS: Record<string, string> = { Paris: '18°C and sunny', Tokyo: '24°C with light rain' };

/** The tool runner: the model calls a typed tool (twice, in one turn), the runner answers, Claude concludes. */
export async function runTools({ client, model, print, emulator }: ExampleContext): Promise<void> {
  const weather = betaTool({
    name: 'get_weather',
    description: 'Current weather for a city',
    inputSchema: {
      type: 'object',
      properties: { city: { type: 'string', description: 'City name, e.g. Paris' } },
      required: ['city'],
    },
    // `city` is a string: the type comes from the schema.
    run: async ({ city }) => `${city}: ${FORECASTS[city] ?? 'no forecast'}`,
  });
  emulator?.script(
    {
      content: [
        { type: 'text', text: 'I will check both cities.' },
        { type: 'tool_use', name: 'get_weather', input: { city: 'Paris' } },
        { type: 'tool_use', name: 'get_weather', input: { city: 'Tokyo' } },
      ],
    },
    { content: [{ type: 'text', text: 'Paris is sunny at 18°C; take an umbrella in Tokyo (24°C, light rain).' }] },
  );

  const runner = new BetaMessages(client).toolRunner({
    model,
    max_tokens: 1024,
    max_iterations: 5,
    tools: [weather],
    messages: [{ role: 'user', content: 'What is the weather in Paris and in Tokyo right now?' }],
  });
  let turn = 0;
  for await (const message of runner) {
    turn += 1;
    const calls = message.content.flatMap((block) =>
      block.type === 'tool_use' ? [`${block.name}(${JSON.stringify(block.input)})`] : [],
    );
    print(`turn ${turn}: stop_reason ${message.stop_reason}${calls.length ? `; tool calls: ${calls.join(', ')}` : ''}`);
  }
  const final = await runner;
  print(
    `tool results sent: ${runner.params.messages.filter((entry) => entry.role === 'user' && Array.isArray(entry.content) && entry.content.some((block) => block.type === 'tool_result')).length} turn(s)`,
  );
  print(`final answer: ${final.content.flatMap((block) => (block.type === 'text' ? [block.text] : [])).join('')}`);
}
