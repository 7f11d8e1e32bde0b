// Test helper (not exported): a real MCP server from @modelcontextprotocol/sdk, connected in-process to
// a real MCP client over the SDK's linked in-memory transports.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import {
  CallToolRequestSchema,
  GetPromptRequestSchema,
  ListPromptsRequestSchema,
  ListResourcesRequestSchema,
  ListToolsRequestSchema,
  ReadResourceRequestSchema,
  type CallToolResult,
  type ReadResourceResult,
} from '@modelcontextprotocol/sdk/types.js';

/** A 1×1 PNG, base64. */
export const PIXEL_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/** `%PDF-1.4` and a few bytes, base64: enough to tell a PDF by its bytes. */
export const TINY_PDF = btoa('%PDF-1.4\n%\u00e2\u00e3\n');

const FORECASTS: Record<string, string> = { Paris: '18°C and sunny', Oslo: '-3°C and snowing' };

const TOOLS = [
  {
    name: 'get_weather',
    description: 'Current weather for a city',
    inputSchema: {
      type: 'object' as const,
      properties: { city: { type: 'string', description: 'City name' } },
      required: ['city'],
    },
  },
  { name: 'weather_map', description: 'A map of the weather', inputSchema: { type: 'object' as const } },
  { name: 'radar_feed', description: 'The radar as audio', inputSchema: { type: 'object' as const } },
  { name: 'station_report', description: 'A station report as a resource', inputSchema: { type: 'object' as const } },
  { name: 'forecast_data', description: 'Structured forecast', inputSchema: { type: 'object' as const } },
  {
    name: 'slow_lookup',
    description: 'Never answers on its own',
    inputSchema: { type: 'object' as const, properties: {} },
  },
];

function callTool(
  name: string,
  args: Record<string, unknown> | undefined,
  calls: string[],
): CallToolResult | Promise<CallToolResult> {
  calls.push(`${name} ${JSON.stringify(args ?? {})}`);
  switch (name) {
    case 'get_weather': {
      const city = String(args?.['city']);
      const forecast = FORECASTS[city];
      if (!forecast) return { isError: true, content: [{ type: 'text', text: `Unknown city: ${city}` }] };
      return { content: [{ type: 'text', text: `${city}: ${forecast}` }] };
    }
    case 'weather_map':
      return {
        content: [
          { type: 'text', text: 'Weather map:' },
          { type: 'image', data: PIXEL_PNG, mimeType: 'image/png' },
        ],
      };
    case 'radar_feed':
      return { content: [{ type: 'audio', data: 'UklGRg==', mimeType: 'audio/wav' }] };
    case 'station_report':
      return {
        content: [
          {
            type: 'resource',
            resource: { uri: 'stations://oslo/report.txt', mimeType: 'text/plain', text: 'Wind 12 km/h' },
          },
        ],
      };
    case 'forecast_data':
      return { content: [], structuredContent: { city: 'Paris', celsius: 18 } };
    case 'slow_lookup':
      return new Promise<CallToolResult>(() => {});
    default:
      return { isError: true, content: [{ type: 'text', text: `No tool ${name}` }] };
  }
}

const RESOURCES: Record<string, ReadResourceResult> = {
  'notes://release.md': {
    contents: [{ uri: 'notes://release.md', mimeType: 'text/markdown', text: '# 1.2\nFaster.' }],
  },
  'images://logo.png': { contents: [{ uri: 'images://logo.png', mimeType: 'image/png', blob: PIXEL_PNG }] },
  'files://reports/q3%20summary.pdf': {
    contents: [{ uri: 'files://reports/q3%20summary.pdf', mimeType: 'application/pdf', blob: TINY_PDF }],
  },
  'data://table.bin': {
    contents: [
      { uri: 'data://table.bin', mimeType: 'application/octet-stream', blob: 'AAEC' },
      { uri: 'data://table.txt', mimeType: 'text/csv', blob: btoa('a,b\n1,2') },
    ],
  },
  'data://only.bin': { contents: [{ uri: 'data://only.bin', mimeType: 'application/zip', blob: 'UEsFBg==' }] },
};

/**
 * Starts an MCP server with weather tools, a prompt and resources, and a client connected to it.
 * `calls` records every tool call the server received.
 */
export async function connectTestMCPServer(): Promise<{ client: Client; calls: string[]; close(): Promise<void> }> {
  const calls: string[] = [];
  const server = new Server(
    { name: 'weather', version: '1.0.0' },
    { capabilities: { tools: {}, prompts: {}, resources: {} } },
  );
  server.setRequestHandler(ListToolsRequestSchema, () => ({ tools: TOOLS }));
  server.setRequestHandler(CallToolRequestSchema, (request) =>
    callTool(request.params.name, request.params.arguments, calls),
  );
  server.setRequestHandler(ListPromptsRequestSchema, () => ({
    prompts: [{ name: 'trip_briefing', arguments: [{ name: 'city', required: true }] }],
  }));
  server.setRequestHandler(GetPromptRequestSchema, (request) => {
    const city = request.params.arguments?.['city'] ?? 'Paris';
    return {
      messages: [
        { role: 'user', content: { type: 'text', text: `Brief me on a trip to ${city}.` } },
        { role: 'assistant', content: { type: 'text', text: 'Sure. Here is the map first.' } },
        { role: 'user', content: { type: 'image', data: PIXEL_PNG, mimeType: 'image/png' } },
        {
          role: 'user',
          content: {
            type: 'resource',
            resource: { uri: 'notes://packing.txt', mimeType: 'text/plain', text: 'Umbrella' },
          },
        },
      ],
    };
  });
  server.setRequestHandler(ListResourcesRequestSchema, () => ({
    resources: Object.keys(RESOURCES).map((uri) => ({ uri, name: uri })),
  }));
  server.setRequestHandler(ReadResourceRequestSchema, (request) => {
    const resource = RESOURCES[request.params.uri];
    if (!resource) throw new Error(`No resource ${request.params.uri}`);
    return resource;
  });
  const [clientTransport, serverTransport] = InMemoryTransport.createLinkedPair();
  const client = new Client({ name: 'anth-test', version: '1.0.0' });
  await Promise.all([server.connect(serverTransport), client.connect(clientTransport)]);
  return {
    client,
    calls,
    close: async () => {
      await client.close();
      await server.close();
    },
  };
}
