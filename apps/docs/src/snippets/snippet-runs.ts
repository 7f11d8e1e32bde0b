import type { EmulatorOptions, Fault, RecordedRequest, ScriptedTurn } from '@anth/emulator';

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
  'guide/getting-started.ts': { stdout: [HELLO], requests: ['POST /v1/messages'] },
  'guide/streaming.ts': {
    script: [
      { content: [{ type: 'text', text: 'Water finds its way.' }] },
      { content: [{ type: 'text', text: 'Stones remember rain.' }] },
    ],
    stdout: [/^Water finds its way\.\nstop_reason: end_turn\nStones remember rain\.\nmessage_stop\n$/],
    requests: ['POST /v1/messages', 'POST /v1/messages', 'POST /v1/messages'],
  },
  'guide/models-and-pages.ts': {
    stdout: [/first page: 3 models, more: true/, /retrieved: Claude Opus 4\.6/, /listed: claude-/],
    check: (requests) => {
      const pages = requests.filter((request) => request.path === '/v1/models' && request.query.get('limit') === '3');
      if (pages.length < 4) throw new Error(`expected the list to be walked page by page, saw ${pages.length} pages`);
    },
  },
  'guide/tool-runner.ts': {
    script: [
      { content: [{ type: 'tool_use', name: 'get_weather', input: { city: 'Paris' } }] },
      { content: [{ type: 'text', text: 'It is 18°C and sunny in Paris.' }] },
    ],
    stdout: [/^tool_use tool_use$/m, /^end_turn text$/m],
    check: (requests) => {
      const second = requests[1]?.body as { messages?: unknown[] } | undefined;
      // The whole history goes out again: the question, the tool call, its result.
      if (second?.messages?.length !== 3) throw new Error(`sent ${JSON.stringify(second?.messages)}`);
      if (requests.some((request) => JSON.stringify(request.body).includes('"thread"'))) throw new Error('threaded');
    },
  },
  'guide/files.ts': {
    stdout: [/^notes\.txt: 25 bytes$/m, /^listed: notes\.txt$/m, /^file_deleted$/m],
    check: (requests) => {
      const lines = requests.map((request) => `${request.method} ${request.path.replace(/file_\w+/, '{id}')}`);
      const expected = ['POST /v1/files', 'GET /v1/files/{id}', 'GET /v1/files', 'DELETE /v1/files/{id}'];
      if (JSON.stringify(lines) !== JSON.stringify(expected)) throw new Error(`saw ${lines.join(', ')}`);
    },
  },
  'guide/errors.ts': {
    faults: [{ status: 400, errorCode: 'tool_name_conflict', message: 'tools: Tool names must be unique.' }],
    stdout: [/^fix the tool names: tools: Tool names must be unique\.$/m],
  },
  'guide/raw-response.ts': {
    stdout: [/^request id: req_\w+$/m, /^200 req_\w+ end_turn$/m, /^application\/json\S* message$/m],
  },
  'guide/client-options.ts': {
    faults: [{ status: 529, headers: { 'retry-after-ms': '10' } }],
    stdout: [/^POST \/v1\/messages → 529\nPOST \/v1\/messages → 200\nend_turn$/m],
    check: (requests) => {
      const header = requests[0]?.headers.get('x-request-source');
      if (header !== 'migration-guide') throw new Error(`x-request-source: ${header}`);
    },
  },
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
