import { describe, expect, it } from 'vitest';
import { runDemo } from './run-demo.js';

describe('the demo, against the emulator over real sockets', () => {
  it('runs every example and prints what each one shows', async () => {
    let output = '';
    await runDemo({ out: (text) => (output += text) });
    expect(output).toMatch(/running against the local emulator at http:\/\/127\.0\.0\.1:\d+/);
    expect(output).toMatch(/reply: .+/);
    expect(output).toContain('streamed: Streams arrive a few characters at a time, each delta printed the moment it lands.');
    expect(output).toMatch(/stop_reason: tool_use; tool calls: get_weather\(\{"city":"Paris"\}\)/);
    expect(output).toContain('answer: It is 18°C and sunny in Paris');
    expect(output).toMatch(/input tokens: \d+/);
    expect(output).toMatch(/models \(\d+\): claude-/);
    expect(output).toMatch(/error: NotFoundError \(status 404, type not_found_error\) request-id req_\w+/);
  });
});
