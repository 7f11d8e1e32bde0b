import { Anthropic } from '@anth/core';
import { startEmulator, type RunningEmulator } from '@anth/emulator/node';
import type { ExampleContext } from './examples/context.js';
import { batchWithProgress } from './examples/batch-with-progress.js';
import { countRequestTokens } from './examples/count-tokens.js';
import { handleError } from './examples/handle-error.js';
import { listAllModels } from './examples/list-models.js';
import { sendMessage } from './examples/send-message.js';
import { streamReply } from './examples/stream-reply.js';
import { toolRoundTrip } from './examples/tool-round-trip.js';
import { onBedrock } from './examples/bedrock.js';
import { onVertex } from './examples/vertex.js';
import { onFoundry } from './examples/foundry.js';
import { uploadAFile } from './examples/file-upload.js';
import { runTools } from './examples/tool-runner.js';
import { useMCPTools } from './examples/mcp-tools.js';
import { structuredOutput } from './examples/structured-output.js';

const EXAMPLES: Array<[title: string, run: (context: ExampleContext) => Promise<void>]> = [
  ['A message', sendMessage],
  ['A streamed reply', streamReply],
  ['A tool call round trip', toolRoundTrip],
  ['Structured output (a JSON Schema, parsed and typed)', structuredOutput],
  ['Token counting', countRequestTokens],
  ['Models, every page', listAllModels],
  ['Errors, with their class, request id and errorCode', handleError],
  ['Amazon Bedrock (a local Bedrock emulator checking SigV4)', onBedrock],
  ['Google Vertex AI (a local emulator in Vertex mode)', onVertex],
  ['Microsoft Foundry (a local emulator in Foundry mode)', onFoundry],
  ['A file upload (beta Files API)', uploadAFile],
  ['The tool runner (beta)', runTools],
  ['MCP tools, prompts and resources (an in-process MCP server)', useMCPTools],
  ['A message batch, with progress', batchWithProgress],
];

/** Options of {@link runDemo}. */
export interface DemoOptions {
  /** Real API key; without one the demo starts the local emulator. */
  apiKey?: string | undefined;
  model?: string | undefined;
  out?: (text: string) => void;
}

/** Runs every example in order against the real API (with a key) or a freshly started emulator. */
export async function runDemo(options: DemoOptions = {}): Promise<void> {
  const out = options.out ?? ((text: string) => process.stdout.write(text));
  const print = (line: string): void => out(`${line}\n`);
  let server: RunningEmulator | undefined;
  let client: Anthropic;
  if (options.apiKey) {
    client = new Anthropic({ apiKey: options.apiKey });
    print('Running against the Anthropic API.');
  } else {
    server = await startEmulator();
    client = new Anthropic({ apiKey: 'sk-ant-emulator', authToken: null, baseURL: server.url });
    print(`No ANTHROPIC_API_KEY: running against the local emulator at ${server.url}.`);
  }
  const context: ExampleContext = {
    client,
    model: options.model ?? 'claude-opus-4-6',
    print,
    write: out,
    emulator: server,
  };
  try {
    for (const [title, run] of EXAMPLES) {
      print(`\n== ${title}`);
      await run(context);
    }
  } finally {
    await server?.close();
  }
}
