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

/** One example: its file's name (`pnpm example <name>`), the demo's heading for it, and the code. */
export interface Example {
  name: string;
  title: string;
  run: (context: ExampleContext) => Promise<void>;
}

/** Every file of src/examples, in the demo's order. */
export const EXAMPLES: readonly Example[] = [
  { name: 'send-message', title: 'A message', run: sendMessage },
  { name: 'stream-reply', title: 'A streamed reply', run: streamReply },
  { name: 'tool-round-trip', title: 'A tool call round trip', run: toolRoundTrip },
  { name: 'structured-output', title: 'Structured output (a JSON Schema, parsed and typed)', run: structuredOutput },
  { name: 'count-tokens', title: 'Token counting', run: countRequestTokens },
  { name: 'list-models', title: 'Models, every page', run: listAllModels },
  { name: 'handle-error', title: 'Errors, with their class, request id and errorCode', run: handleError },
  { name: 'bedrock', title: 'Amazon Bedrock (a local Bedrock emulator checking SigV4)', run: onBedrock },
  { name: 'vertex', title: 'Google Vertex AI (a local emulator in Vertex mode)', run: onVertex },
  { name: 'foundry', title: 'Microsoft Foundry (a local emulator in Foundry mode)', run: onFoundry },
  { name: 'file-upload', title: 'A file upload (beta Files API)', run: uploadAFile },
  { name: 'tool-runner', title: 'The tool runner (beta)', run: runTools },
  { name: 'mcp-tools', title: 'MCP tools, prompts and resources (an in-process MCP server)', run: useMCPTools },
  { name: 'batch-with-progress', title: 'A message batch, with progress', run: batchWithProgress },
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
  await withExampleContext(options, async (context) => {
    for (const { title, run } of EXAMPLES) {
      context.print(`\n== ${title}`);
      await run(context);
    }
  });
}

/**
 * Runs the example in `src/examples/<name>.ts` alone, set up as the demo is (the real API with a key,
 * else a freshly started emulator). An unknown name throws, listing the names.
 *
 * @example
 * await runExample('stream-reply');
 */
export async function runExample(name: string, options: DemoOptions = {}): Promise<void> {
  const example = EXAMPLES.find((candidate) => candidate.name === name);
  if (example === undefined) throw new Error(`No example named "${name}". The examples:\n${listExamples()}`);
  await withExampleContext(options, async (context) => {
    context.print(`\n== ${example.title}`);
    await example.run(context);
  });
}

/** The examples, one `name  title` line each, as `pnpm example` prints them. */
export function listExamples(): string {
  const width = Math.max(...EXAMPLES.map(({ name }) => name.length));
  return EXAMPLES.map(({ name, title }) => `  ${name.padEnd(width)}  ${title}\n`).join('');
}

/** Sets up what every example gets (client, output, emulator when offline), runs `body`, cleans up. */
async function withExampleContext(
  options: DemoOptions,
  body: (context: ExampleContext) => Promise<void>,
): Promise<void> {
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
  try {
    await body({ client, model: options.model ?? 'claude-opus-4-6', print, write: out, emulator: server });
  } finally {
    await server?.close();
  }
}
