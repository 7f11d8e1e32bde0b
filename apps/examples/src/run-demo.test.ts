import { describe, expect, it, vi } from 'vitest';
import { runDemo } from './run-demo.js';

describe('the demo, against the emulator over real sockets', () => {
  it('runs every example and prints what each one shows', async () => {
    let output = '';
    const warnings: unknown[][] = [];
    const consoleWarn = vi.spyOn(console, 'warn').mockImplementation((...args) => void warnings.push(args));
    try {
      await runDemo({ out: (text) => (output += text) });
    } finally {
      consoleWarn.mockRestore();
    }
    expect(output).toMatch(/running against the local emulator at http:\/\/127\.0\.0\.1:\d+/);
    expect(output).toMatch(/reply: .+/);
    expect(output).toContain(
      'streamed: Streams arrive a few characters at a time, each delta printed the moment it lands.',
    );
    expect(output).toMatch(/stop_reason: tool_use; tool calls: get_weather\(\{"city":"Paris"\}\)/);
    expect(output).toContain('answer: It is 18°C and sunny in Paris');
    expect(output).toContain('sent title schema: {"type":"string","description":"{minLength: 1}"}');
    expect(output).toContain('parsed: Middlemarch (1871), genres: fiction');
    expect(output).toContain('streamed and parsed: {"title":"example title","year":1,"genres":["fiction"]}');
    expect(output).toContain(
      'cut short: Failed to parse structured output: the reply stopped at max_tokens before the JSON was complete (Unexpected end of JSON input); raise max_tokens. Raw text: {"title":"example title","year":',
    );
    expect(output).toMatch(/input tokens: \d+/);
    expect(output).toMatch(/models \(\d+\): claude-/);
    expect(output).toMatch(
      /an unknown model fails, as expected: NotFoundError \(status 404, type not_found_error\) request-id req_\w+/,
    );
    expect(output).toContain(
      'error: BadRequestError (status 400, errorCode tool_name_conflict): tools: Tool names must be unique.',
    );
    expect(output).toContain('fix: give every tool a name of its own');
    // Every example uses a current model: no deprecation warning is printed.
    expect(warnings).toEqual([]);
    expect(output).toMatch(/bedrock reply: .+/);
    expect(output).toContain(
      'middleware saw POST /v1/messages; Bedrock received POST /model/us.anthropic.claude-opus-4-6-v1/invoke, SigV4 scope us-west-2/bedrock/aws4_request',
    );
    expect(output).toContain('bedrock streamed: Event stream frames, decoded as they arrive.');
    expect(output).toContain(
      'Bedrock has no token counting endpoint: refused before sending, as expected: POST /v1/messages/count_tokens is not supported by AnthropicBedrock: it serves messages (POST /v1/messages) and legacy completions (POST /v1/complete).',
    );
    expect(output).toContain('vertex reply: Hello! You said: "Hello from Vertex AI"');
    expect(output).toContain('vertex streamed: Streamed through :streamRawPredict.');
    expect(output).toMatch(/vertex input tokens: \d+ \(after a 401, with token ya29\.demo-2\)/);
    expect(output).toContain(
      'vertex paths: …/claude-opus-4-6:rawPredict, …/claude-opus-4-6:streamRawPredict, …/count-tokens:rawPredict, …/count-tokens:rawPredict',
    );
    expect(output).toContain(
      'Vertex AI has no models endpoint: refused before sending, as expected: GET /v1/models is not supported by AnthropicVertex: it serves messages (create, stream) and count_tokens.',
    );
    expect(output).toContain('foundry reply: Hello! You said: "Hello from Foundry"');
    expect(output).toContain('foundry streamed: Streamed with an Entra ID token.');
    expect(output).toMatch(/foundry input tokens: \d+/);
    expect(output).toContain('foundry auth: x-api-key, bearer entra-demo-1, bearer entra-demo-2');
    expect(output).toContain(
      'Foundry has no batches endpoint: refused before sending, as expected: POST /v1/messages/batches is not supported by AnthropicFoundry: it serves everything but message batches and models.',
    );
    expect(output).toMatch(/uploaded: checklist\.txt \(text\/plain, 87 bytes\) as file_…/);
    expect(output).toContain('metadata: checklist.txt, downloadable: false; listed: yes');
    expect(output).toContain('answer: The checklist has three steps; the last is to announce the release.');
    expect(output).toContain('deleted: file_deleted');
    expect(output).toContain(
      'turn 1: stop_reason tool_use; tool calls: get_weather({"city":"Paris"}), get_weather({"city":"Tokyo"})',
    );
    expect(output).toContain('turn 2: stop_reason end_turn');
    expect(output).toContain('tool results sent: 1 turn(s)');
    expect(output).toContain('final answer: Paris is sunny at 18°C; take an umbrella in Tokyo (24°C, light rain).');
    expect(output).toContain('MCP tools: get_forecast');
    expect(output).toContain('Claude called the MCP tool: get_forecast({"city":"Oslo"})');
    expect(output).toContain('MCP tool result sent back: [{"type":"text","text":"Oslo: -3°C and snowing"}]');
    expect(output).toContain('packing advice: It is snowing in Oslo: pack a warm coat, boots and an umbrella.');
    expect(output).toMatch(/created msgbatch_\w+… with 3 requests/);
    expect(output).toContain('progress: in_progress (processing 3, succeeded 0, errored 0, canceled 0, expired 0)');
    expect(output).toContain('progress: ended (processing 0, succeeded 2, errored 1, canceled 0, expired 0)');
    expect(output).toContain('capital: succeeded: The capital of France is Paris.');
    expect(output).toContain('sum: succeeded: Two plus two is four.');
    expect(output).toContain('no-such-model: errored, as expected: not_found_error: model: claude-no-such-model');
    expect(output).toContain('deleted: message_batch_deleted');
    // Expected refusals read as such, never as a bare failure.
    expect(output).not.toMatch(/unexpected|unsupported:/);
  });
});
