import type { MessageParam, Tool, ToolResultBlockParam } from '@anth/core';
import { createMessage } from '@anth/messages';
import type { ExampleContext } from './context.js';

const weatherTool: Tool = {
  name: 'get_weather',
  description: 'Current weather for a city',
  input_schema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
};

function lookUpWeather(input: unknown): string {
  const city = typeof input === 'object' && input !== null && 'city' in input ? String(input.city) : 'somewhere';
  return `18°C and sunny in ${city}`;
}

/** The model asks for a tool, we run it, send the result back, and get the final answer. */
export async function toolRoundTrip({ client, model, print, emulator }: ExampleContext): Promise<void> {
  emulator?.script(
    {
      content: [
        { type: 'text', text: 'Let me check.' },
        { type: 'tool_use', name: 'get_weather', input: { city: 'Paris' } },
      ],
    },
    { content: [{ type: 'text', text: 'It is 18°C and sunny in Paris: a fine day for a walk.' }] },
  );
  const messages: MessageParam[] = [{ role: 'user', content: 'What is the weather in Paris?' }];
  const first = await createMessage(client, { model, max_tokens: 512, tools: [weatherTool], messages });
  const toolUses = first.content.filter((block) => block.type === 'tool_use');
  print(
    `stop_reason: ${first.stop_reason}; tool calls: ${toolUses.map((block) => `${block.name}(${JSON.stringify(block.input)})`).join(', ') || 'none'}`,
  );
  if (toolUses.length === 0) return;

  const results: ToolResultBlockParam[] = toolUses.map((block) => ({
    type: 'tool_result',
    tool_use_id: block.id,
    content: lookUpWeather(block.input),
  }));
  messages.push({ role: 'assistant', content: first.content }, { role: 'user', content: results });
  const second = await createMessage(client, { model, max_tokens: 512, tools: [weatherTool], messages });
  print(`answer: ${second.content.map((block) => (block.type === 'text' ? block.text : '')).join('')}`);
}
