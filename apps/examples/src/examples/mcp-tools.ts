import { BetaMessages, mcpContent, mcpResourceToContent, mcpTools } from '@anth/beta';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import {
  CallToolRequestSchema,
  GetPromptRequestSchema,
  ListToolsRequestSchema,
  ReadResourceRequestSchema,
} from '@modelcontextprotocol/sdk/types.js';
import type { ExampleContext } from './context.js';

const FORECASTS: Record<string, string> = { Paris: '18°C and sunny', Oslo: '-3°C and snowing' };

/** An MCP server, in this process: one tool, one prompt, one resource (the MCP SDK's own server). */
function createWeatherServer(): Server {
  const server = new Server(
    { name: 'weather', version: '1.0.0' },
    { capabilities: { tools: {}, prompts: {}, resources: {} } },
  );
  server.setRequestHandler(ListToolsRequestSchema, () => ({
    tools: [
      {
        name: 'get_forecast',
        description: 'Today’s forecast for a city',
        inputSchema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
      },
    ],
  }));
  server.setRequestHandler(CallToolRequestSchema, ({ params }) => {
    const city = String(params.arguments?.['city']);
    const forecast = FORECASTS[city];
    return forecast
      ? { content: [{ type: 'text', text: `${city}: ${forecast}` }] }
      : { isError: true, content: [{ type: 'text', text: `No forecast for ${city}` }] };
  });
  server.setRequestHandler(GetPromptRequestSchema, ({ params }) => ({
    messages: [{ role: 'user', content: { type: 'text', text: `Plan my packing for ${params.arguments?.['city']}.` } }],
  }));
  server.setRequestHandler(ReadResourceRequestSchema, ({ params }) => ({
    contents: [{ uri: params.uri, mimeType: 'text/plain', text: 'Always pack an umbrella.' }],
  }));
  return server;
}

/** MCP: an MCP server's tools run by the tool runner; its prompt and a resource become Claude messages. */
export async function useMCPTools({ client, model, print, emulator }: ExampleContext): Promise<void> {
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  const server = createWeatherServer();
  const mcpClient = new Client({ name: 'anth-demo', version: '1.0.0' });
  await Promise.all([server.connect(serverSide), mcpClient.connect(clientSide)]);
  try {
    const { tools } = await mcpClient.listTools();
    print(`MCP tools: ${tools.map((tool) => tool.name).join(', ')}`);
    const prompt = await mcpClient.getPrompt({ name: 'packing', arguments: { city: 'Oslo' } });
    const advice = await mcpClient.readResource({ uri: 'notes://packing-rules.txt' });

    emulator?.script(
      { content: [{ type: 'tool_use', name: 'get_forecast', input: { city: 'Oslo' } }] },
      { content: [{ type: 'text', text: 'It is snowing in Oslo: pack a warm coat, boots and an umbrella.' }] },
    );
    const runner = new BetaMessages(client).toolRunner({
      model,
      max_tokens: 1024,
      max_iterations: 5,
      tools: mcpTools(tools, mcpClient),
      messages: [
        {
          role: 'user',
          // The resource as a document, then the prompt's request (mcpMessages converts a whole prompt).
          content: [
            mcpResourceToContent(advice, { title: 'Packing rules' }),
            ...prompt.messages.map((message) => mcpContent(message.content)),
          ],
        },
      ],
    });
    for await (const message of runner) {
      const calls = message.content.flatMap((block) =>
        block.type === 'tool_use' ? [`${block.name}(${JSON.stringify(block.input)})`] : [],
      );
      if (calls.length) print(`Claude called the MCP tool: ${calls.join(', ')}`);
    }
    const results = runner.params.messages.flatMap((message) =>
      message.role !== 'user' || typeof message.content === 'string'
        ? []
        : message.content.flatMap((block) => (block.type === 'tool_result' ? [block.content] : [])),
    );
    print(`MCP tool result sent back: ${JSON.stringify(results[0])}`);
    const final = await runner;
    print(`packing advice: ${final.content.flatMap((block) => (block.type === 'text' ? [block.text] : [])).join('')}`);
  } finally {
    await mcpClient.close();
    await server.close();
  }
}
