import type { EmulatorOptions, Fault, RecordedRequest, ScriptedTurn } from '@anth-apps/emulator';

/** Which emulator a snippet talks to, as its environment points it there. */
export type SnippetBackend = 'anthropic' | 'bedrock' | 'vertex' | 'foundry';

/** How one snippet file is run against the emulator, and what must hold afterwards. */
export interface SnippetRun {
  /** Default `anthropic`. */
  backend?: SnippetBackend;
  /** Options of the first-party emulator (`anthropic` backend only). */
  emulator?: EmulatorOptions;
  /** Replies the emulator gives, in order, before falling back to its default reply. */
  script?: ScriptedTurn[];
  faults?: Fault[];
  /** Files created in the snippet's working directory first (a user's `./report.pdf`). */
  files?: Record<string, string>;
  /** Every pattern must match the snippet's stdout. */
  stdout: RegExp[];
  /** What the emulator must have seen, e.g. `['POST /v1/messages', 'GET /v1/models']` (method and path, in order). */
  requests?: string[];
  /** Extra checks on the recorded requests. */
  check?: (requests: readonly RecordedRequest[]) => void;
}

const HELLO = /Hello! You said: \\?"Hello, Claude\\?"/;

/**
 * Every snippet file (path relative to src/snippets) and how it is run. A snippet file without an
 * entry fails the test: each one must run.
 */
export const SNIPPET_RUNS: Record<string, SnippetRun> = {
  'readme/taste.ts': {
    script: [
      { content: [{ type: 'text', text: 'Hello!' }] },
      { content: [{ type: 'text', text: 'Autumn moonlight, a worm digs silently.' }] },
    ],
    stdout: [/text: 'Hello!'/, /Autumn moonlight, a worm digs silently\.$/],
    requests: ['POST /v1/messages', 'POST /v1/messages'],
  },
  'readme/functions.ts': { stdout: [HELLO], requests: ['POST /v1/messages'] },
  'readme/every-backend.ts': {
    backend: 'bedrock',
    stdout: [/Hello! You said: \\?"Hello from AWS\\?"/],
    requests: ['POST /model/us.anthropic.claude-opus-4-6-v1/invoke'],
  },
  'core/errors.ts': {
    faults: [{ status: 429, headers: { 'retry-after-ms': '10' } }],
    stdout: [/Hello! You said: \\?"Hi\\?"/, /req_\w+/],
    // The 429 was retried (maxRetries: 4), so the program saw the reply.
    requests: ['POST /v1/messages', 'POST /v1/messages'],
  },
  'messages/stream-count-list.ts': {
    script: [{ content: [{ type: 'text', text: 'Tides pull, tides return.' }] }],
    stdout: [/^Tides pull, tides return\./, /output_tokens: \d+/, /input tokens: \d+/, /claude-opus-4-6/],
    requests: ['POST /v1/messages', 'POST /v1/messages/count_tokens', 'GET /v1/models'],
  },
  'messages/parse-zod.ts': {
    script: [{ content: [{ type: 'text', text: '{"name": "Ada Lovelace", "born": 1815}' }] }],
    stdout: [/^1815$/m],
    check: (requests) => {
      const format = (requests[0]?.body as { output_config?: { format?: { type?: string } } }).output_config?.format;
      if (format?.type !== 'json_schema') throw new Error(`sent format ${JSON.stringify(format)}`);
    },
  },
  'batches/batch.ts': {
    emulator: { batchSchedule: { endAfterPolls: 1 } },
    stdout: [/^ended \{ processing: 0, succeeded: 1/m, /^q1 \[/m, /Hello! You said/],
  },
  'beta/tool-runner-and-files.ts': {
    files: { 'report.pdf': '%PDF-1.4\n% a tiny report\n' },
    script: [
      { content: [{ type: 'tool_use', name: 'get_weather', input: { city: 'Paris' } }] },
      { content: [{ type: 'text', text: 'A light jacket: 18°C and sunny.' }] },
    ],
    stdout: [/A light jacket: 18°C and sunny\./, /^file_\w+ report\.pdf 25$/m],
    requests: ['POST /v1/messages', 'POST /v1/messages', 'POST /v1/files'],
    check: (requests) => {
      const sent = JSON.stringify(requests[1]?.body);
      if (!sent.includes('18°C and sunny in Paris')) throw new Error(`the tool result was not sent: ${sent}`);
    },
  },
  'bedrock/bedrock.ts': {
    backend: 'bedrock',
    stdout: [HELLO, /Hello! You said: "A haiku about rivers"$/],
    requests: [
      'POST /model/us.anthropic.claude-opus-4-6-v1/invoke',
      'POST /model/us.anthropic.claude-opus-4-6-v1/invoke-with-response-stream',
    ],
  },
  'vertex/vertex.ts': {
    backend: 'vertex',
    stdout: [HELLO, /input tokens: \d+/],
    requests: [
      'POST /token',
      'POST /v1/projects/my-project/locations/us-east5/publishers/anthropic/models/claude-opus-4-6:rawPredict',
      'POST /v1/projects/my-project/locations/us-east5/publishers/anthropic/models/count-tokens:rawPredict',
    ],
  },
  'foundry/foundry.ts': {
    backend: 'foundry',
    stdout: [HELLO],
    requests: ['POST /anthropic/v1/messages'],
  },
};
