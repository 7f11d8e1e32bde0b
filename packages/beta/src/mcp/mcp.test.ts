import { AnthropicError, APIUserAbortError, type DocumentBlockParam, type ToolResultBlockParam } from '@anth/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBetaMessage } from '../messages/create-beta-message.js';
import { uploadFile } from '../files/upload-file.js';
import { emulatedClient, servedClient } from '../test-client.js';
import { betaToolRunner } from '../tool-runner/create-beta-tool-runner.js';
import { toToolDefinition } from '../tools/to-tool-definition.js';
import type { BetaMessageParam } from '../types/index.js';
import { mcpContent } from './mcp-content.js';
import { mcpMessage, mcpMessages } from './mcp-message.js';
import { mcpResourceToContent } from './mcp-resource-to-content.js';
import { mcpResourceToFile } from './mcp-resource-to-file.js';
import { mcpTool, mcpTools } from './mcp-tool.js';
import type { MCPClientLike } from './mcp-types.js';
import { connectTestMCPServer, PIXEL_PNG, TINY_PDF } from './test-mcp-server.js';
import { UnsupportedMCPValueError } from './unsupported-mcp-value-error.js';

const model = 'claude-sonnet-4-5';
let mcp: Awaited<ReturnType<typeof connectTestMCPServer>>;
beforeEach(async () => {
  mcp = await connectTestMCPServer();
});
afterEach(() => mcp.close());

describe('mcpTool / mcpTools with a real MCP client and server', () => {
  it('defines each MCP tool as a Claude tool: name, description, input schema (missing parts as null), extra fields', async () => {
    const { tools } = await mcp.client.listTools();
    const runnable = mcpTools(tools, mcp.client, { cache_control: { type: 'ephemeral' } });
    expect(runnable.map(toToolDefinition).slice(0, 2)).toEqual([
      {
        name: 'get_weather',
        description: 'Current weather for a city',
        input_schema: {
          type: 'object',
          properties: { city: { type: 'string', description: 'City name' } },
          required: ['city'],
        },
        cache_control: { type: 'ephemeral' },
      },
      {
        name: 'weather_map',
        description: 'A map of the weather',
        input_schema: { type: 'object', properties: null, required: null },
        cache_control: { type: 'ephemeral' },
      },
    ]);
    expect(() => mcpTool({ name: 'bad.name', inputSchema: { type: 'object' } }, mcp.client)).toThrow(AnthropicError);
  });

  it('runs MCP tools for the tool runner over real sockets: text, images, resources, structured content, tool errors', async () => {
    const { client, emulator } = await servedClient();
    try {
      const tools = (await mcp.client.listTools()).tools.filter((tool) => tool.name !== 'slow_lookup');
      emulator.script(
        {
          content: [
            { type: 'text', text: 'Let me look.' },
            { type: 'tool_use', id: 'toolu_paris', name: 'get_weather', input: { city: 'Paris' } },
            { type: 'tool_use', id: 'toolu_atlantis', name: 'get_weather', input: { city: 'Atlantis' } },
            { type: 'tool_use', id: 'toolu_map', name: 'weather_map', input: {} },
            { type: 'tool_use', id: 'toolu_station', name: 'station_report', input: {} },
            { type: 'tool_use', id: 'toolu_data', name: 'forecast_data', input: {} },
            { type: 'tool_use', id: 'toolu_radar', name: 'radar_feed', input: {} },
          ],
        },
        { content: [{ type: 'text', text: 'Paris is sunny; Atlantis is not a city.' }] },
      );
      const final = await betaToolRunner(client, {
        model,
        max_tokens: 512,
        tools: mcpTools(tools, mcp.client),
        messages: [{ role: 'user', content: 'Weather report, please.' }],
      });
      expect(final.content).toEqual([
        { type: 'text', text: 'Paris is sunny; Atlantis is not a city.', citations: null },
      ]);
      expect(mcp.calls).toEqual([
        'get_weather {"city":"Paris"}',
        'get_weather {"city":"Atlantis"}',
        'weather_map {}',
        'station_report {}',
        'forecast_data {}',
        'radar_feed {}',
      ]);
      const [first, second] = emulator.requests.map((request) => request.body as Record<string, unknown>);
      expect(first).toEqual({
        model,
        max_tokens: 512,
        stream: false,
        messages: [{ role: 'user', content: 'Weather report, please.' }],
        tools: tools.map((tool) => ({
          name: tool.name,
          description: tool.description,
          input_schema: { properties: null, required: null, ...tool.inputSchema },
        })),
      });
      const results = (second?.['messages'] as BetaMessageParam[]).at(-1)?.content as ToolResultBlockParam[];
      expect(results).toEqual([
        { type: 'tool_result', tool_use_id: 'toolu_paris', content: [{ type: 'text', text: 'Paris: 18°C and sunny' }] },
        {
          type: 'tool_result',
          tool_use_id: 'toolu_atlantis',
          content: [{ type: 'text', text: 'Unknown city: Atlantis' }],
          is_error: true,
        },
        {
          type: 'tool_result',
          tool_use_id: 'toolu_map',
          content: [
            { type: 'text', text: 'Weather map:' },
            { type: 'image', source: { type: 'base64', media_type: 'image/png', data: PIXEL_PNG } },
          ],
        },
        {
          type: 'tool_result',
          tool_use_id: 'toolu_station',
          content: [{ type: 'document', source: { type: 'text', media_type: 'text/plain', data: 'Wind 12 km/h' } }],
        },
        { type: 'tool_result', tool_use_id: 'toolu_data', content: '{"city":"Paris","celsius":18}' },
        // Audio has no Claude equivalent: the model is told.
        {
          type: 'tool_result',
          tool_use_id: 'toolu_radar',
          content: 'Error: Unsupported MCP content type: audio',
          is_error: true,
        },
      ]);
    } finally {
      await emulator.close();
    }
  });

  it('passes the runner’s abort signal to callTool: an abort cancels the MCP request and ends the run', async () => {
    const { client, emulator } = emulatedClient();
    const { tools } = await mcp.client.listTools();
    const slow = tools.find((tool) => tool.name === 'slow_lookup');
    if (!slow) throw new Error('fixture');
    const settled: string[] = [];
    const controller = new AbortController();
    const recording: MCPClientLike = {
      callTool: (params, schema, options) => {
        const call = mcp.client.callTool(params, schema, options);
        call.then(
          () => settled.push('resolved'),
          (error: unknown) => settled.push(`rejected: ${(error as Error).message}`),
        );
        // The call reached the server: abort now.
        setTimeout(() => controller.abort(), 0);
        return call;
      },
    };
    emulator.script({ content: [{ type: 'tool_use', name: 'slow_lookup', input: {} }] });
    const error = await betaToolRunner(
      client,
      { model, max_tokens: 64, tools: [mcpTool(slow, recording)], messages: [{ role: 'user', content: 'x' }] },
      { signal: controller.signal },
    ).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(APIUserAbortError);
    await expect.poll(() => settled).toEqual([expect.stringMatching(/^rejected: .*abort/i)]);
    expect(emulator.requests).toHaveLength(1);
  });

  it('accepts any structural client, including a legacy `toolResult` result', async () => {
    const legacy: MCPClientLike = { callTool: async ({ name }) => ({ toolResult: { ran: name } }) };
    const plain: MCPClientLike = { callTool: async () => ({ toolResult: 'plain text' }) };
    const context = {
      toolUse: { type: 'tool_use' as const, id: 'toolu_1', name: 'x', input: {} },
      signal: new AbortController().signal,
    };
    expect(await mcpTool({ name: 'x', inputSchema: { type: 'object' } }, legacy).run({}, context)).toBe('{"ran":"x"}');
    expect(await mcpTool({ name: 'x', inputSchema: { type: 'object' } }, plain).run({}, context)).toBe('plain text');
  });
});

describe('mcpMessage / mcpMessages / mcpContent', () => {
  it('turns an MCP prompt into Claude messages, sent as they are', async () => {
    const { client, emulator } = emulatedClient();
    const prompt = await mcp.client.getPrompt({ name: 'trip_briefing', arguments: { city: 'Oslo' } });
    const messages = mcpMessages(prompt.messages);
    const expected: BetaMessageParam[] = [
      { role: 'user', content: [{ type: 'text', text: 'Brief me on a trip to Oslo.' }] },
      { role: 'assistant', content: [{ type: 'text', text: 'Sure. Here is the map first.' }] },
      {
        role: 'user',
        content: [{ type: 'image', source: { type: 'base64', media_type: 'image/png', data: PIXEL_PNG } }],
      },
      {
        role: 'user',
        content: [{ type: 'document', source: { type: 'text', media_type: 'text/plain', data: 'Umbrella' } }],
      },
    ];
    expect(messages).toEqual(expected);
    await createBetaMessage(client, { model, max_tokens: 64, messages });
    expect((emulator.requests[0]?.body as { messages: unknown }).messages).toEqual(expected);
    expect(
      mcpMessage(prompt.messages[0] as (typeof prompt.messages)[number], { cache_control: { type: 'ephemeral' } }),
    ).toEqual({
      role: 'user',
      content: [{ type: 'text', text: 'Brief me on a trip to Oslo.', cache_control: { type: 'ephemeral' } }],
    });
  });

  it('refuses what Claude has no equivalent for, with UnsupportedMCPValueError (an AnthropicError)', () => {
    const cases: Array<[Parameters<typeof mcpContent>[0], string]> = [
      [{ type: 'audio', data: 'UklGRg==', mimeType: 'audio/wav' }, 'Unsupported MCP content type: audio'],
      [{ type: 'resource_link', uri: 'file:///a.txt', name: 'a' }, 'Unsupported MCP content type: resource_link'],
      [{ type: 'image', data: 'Qk0=', mimeType: 'image/bmp' }, 'Unsupported image MIME type: image/bmp'],
      [
        { type: 'resource', resource: { uri: 'images://x.png', mimeType: 'image/png', text: 'not bytes' } },
        'Image resource must have blob data, not text. URI: images://x.png',
      ],
      [
        { type: 'resource', resource: { uri: 'files://x.pdf', mimeType: 'application/pdf', text: 'not bytes' } },
        'PDF resource must have blob data, not text. URI: files://x.pdf',
      ],
      [
        { type: 'resource', resource: { uri: 'data://x', mimeType: 'application/zip', blob: 'UEsFBg==' } },
        'Unsupported MIME type "application/zip" for resource: data://x',
      ],
    ];
    for (const [content, message] of cases) {
      let caught: unknown;
      try {
        mcpContent(content);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(UnsupportedMCPValueError);
      expect(caught).toBeInstanceOf(AnthropicError);
      expect(caught).toMatchObject({ name: 'UnsupportedMCPValueError', message });
    }
  });
});

describe('mcpResourceToContent / mcpResourceToFile', () => {
  it('turns resources into a text document, an image, a PDF document; document fields only on documents', async () => {
    const extra = { cache_control: { type: 'ephemeral' as const }, title: 'From MCP', citations: { enabled: true } };
    const notes = await mcp.client.readResource({ uri: 'notes://release.md' });
    expect(mcpResourceToContent(notes, extra)).toEqual({
      type: 'document',
      source: { type: 'text', media_type: 'text/plain', data: '# 1.2\nFaster.' },
      cache_control: { type: 'ephemeral' },
      title: 'From MCP',
      citations: { enabled: true },
    });
    const logo = await mcp.client.readResource({ uri: 'images://logo.png' });
    expect(mcpResourceToContent(logo, extra)).toEqual({
      type: 'image',
      source: { type: 'base64', media_type: 'image/png', data: PIXEL_PNG },
      cache_control: { type: 'ephemeral' },
    });
    const report = await mcp.client.readResource({ uri: 'files://reports/q3%20summary.pdf' });
    expect(mcpResourceToContent(report)).toEqual({
      type: 'document',
      source: { type: 'base64', media_type: 'application/pdf', data: TINY_PDF },
    });
    // The first contents Claude reads: the CSV (its bytes decoded), not the binary table.
    const table = await mcp.client.readResource({ uri: 'data://table.bin' });
    expect((mcpResourceToContent(table) as DocumentBlockParam).source).toEqual({
      type: 'text',
      media_type: 'text/plain',
      data: 'a,b\n1,2',
    });

    const { client, emulator } = emulatedClient();
    await createBetaMessage(client, {
      model,
      max_tokens: 64,
      messages: [{ role: 'user', content: [mcpResourceToContent(notes), { type: 'text', text: 'What changed?' }] }],
    });
    expect((emulator.requests[0]?.body as { messages: unknown }).messages).toEqual([
      {
        role: 'user',
        content: [
          { type: 'document', source: { type: 'text', media_type: 'text/plain', data: '# 1.2\nFaster.' } },
          { type: 'text', text: 'What changed?' },
        ],
      },
    ]);

    const only = await mcp.client.readResource({ uri: 'data://only.bin' });
    expect(() => mcpResourceToContent(only)).toThrow(
      new UnsupportedMCPValueError('No supported MIME type found in resource contents. Available: application/zip'),
    );
    expect(() => mcpResourceToContent({ contents: [] })).toThrow(UnsupportedMCPValueError);
  });

  it('turns a resource into a File that the Files API uploads: bytes, type, name from the URI', async () => {
    const report = await mcp.client.readResource({ uri: 'files://reports/q3%20summary.pdf' });
    const file = mcpResourceToFile(report);
    expect(file).toBeInstanceOf(File);
    expect(file.name).toBe('q3 summary.pdf');
    expect(file.type).toBe('application/pdf');
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(
      Uint8Array.from(atob(TINY_PDF), (char) => char.charCodeAt(0)),
    );

    const notes = mcpResourceToFile(await mcp.client.readResource({ uri: 'notes://release.md' }));
    expect([notes.name, notes.type, await notes.text()]).toEqual(['release.md', 'text/markdown', '# 1.2\nFaster.']);
    expect(mcpResourceToFile({ contents: [{ uri: 'notes://', text: 'x' }] }).name).toBe('file');

    const { emulator, client } = await servedClient();
    try {
      const metadata = await uploadFile(client, { file });
      expect(metadata).toMatchObject({
        filename: 'q3 summary.pdf',
        mime_type: 'application/pdf',
        size_bytes: file.size,
      });
    } finally {
      await emulator.close();
    }
    expect(() => mcpResourceToFile({ contents: [] })).toThrow(
      new UnsupportedMCPValueError('Resource contents array must contain at least one item'),
    );
  });
});
