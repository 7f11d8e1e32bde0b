import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startEmulator, type RunningEmulator } from '@anth/emulator/node';
import { expect, it } from 'vitest';

const LINES = 100_000;
const MB = 1024 * 1024;
// Far below the body size (about 124 MB): holding the results, or the body, could not fit. The
// growth measured is mostly fixed (V8 heap and socket buffers sizing up), not per line.
const MAX_RSS_GROWTH = 48 * MB;
const MAX_EXTRA_GROWTH = 24 * MB;

/** A realistic succeeded result of about 1.1 KB of JSON. */
function resultLine(index: number): unknown {
  return {
    custom_id: `request-${index}`,
    result: {
      type: 'succeeded',
      message: {
        id: `msg_${String(index).padStart(20, '0')}`,
        type: 'message',
        role: 'assistant',
        model: 'claude-sonnet-4-5-20250929',
        content: [
          {
            type: 'text',
            text: `Answer ${index}: ${'the quick brown fox jumps over the lazy dog '.repeat(20)}`,
            citations: null,
          },
        ],
        stop_reason: 'end_turn',
        stop_sequence: null,
        usage: {
          input_tokens: 24,
          output_tokens: 160,
          cache_creation_input_tokens: 0,
          cache_read_input_tokens: 0,
          service_tier: 'batch',
        },
      },
    },
  };
}

type Report = {
  count: number;
  succeeded: number;
  baselineRss: number;
  peakRss: number;
  growth: number;
  milliseconds: number;
  bodyBytes: number;
};

/** Serves a synthetic batch of `lines` results and iterates it in a child process (its RSS is the client's alone). */
async function measure(server: RunningEmulator, lines: number): Promise<Report> {
  let bodyBytes = 0;
  const { id } = server.batches.createSynthetic({
    requestCount: lines,
    result: (index) => {
      const line = resultLine(index);
      bodyBytes += Buffer.byteLength(JSON.stringify(line)) + 1;
      return line;
    },
  });
  const child = fileURLToPath(new URL('./batch-results.memory-child.mjs', import.meta.url));
  const output = await new Promise<string>((resolve, reject) => {
    execFile(
      process.execPath,
      ['--expose-gc', child, server.url, id],
      { cwd: fileURLToPath(new URL('..', import.meta.url)), timeout: 120_000, maxBuffer: MB },
      (error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout)),
    );
  });
  const report = JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as Omit<Report, 'bodyBytes'>;
  // The warm-up download in the child generated a few lines too: count one full download only.
  return { ...report, bodyBytes: Math.min(bodyBytes, expectedBodyBytes(lines)) };
}

function expectedBodyBytes(lines: number): number {
  let bytes = 0;
  for (let index = 0; index < lines; index++) bytes += Buffer.byteLength(JSON.stringify(resultLine(index))) + 1;
  return bytes;
}

const describeReport = (report: Report): string =>
  `${report.count} lines, body ${(report.bodyBytes / MB).toFixed(1)} MB, RSS baseline ${(report.baselineRss / MB).toFixed(1)} MB, peak ${(report.peakRss / MB).toFixed(1)} MB, peak growth ${(report.growth / MB).toFixed(1)} MB, ${report.milliseconds} ms`;

it(`iterates ${LINES.toLocaleString('en')} results over a real socket with bounded memory`, async () => {
  const server = await startEmulator({ backends: { anthropic: { batchSchedule: 'manual' } } });
  try {
    const small = await measure(server, LINES / 10);
    const large = await measure(server, LINES);
    console.log(`batch results memory: ${describeReport(small)}\nbatch results memory: ${describeReport(large)}`);
    expect(large.count).toBe(LINES);
    expect(large.succeeded).toBe(LINES);
    expect(large.bodyBytes).toBeGreaterThan(2.5 * MAX_RSS_GROWTH);
    expect(large.growth).toBeLessThan(MAX_RSS_GROWTH);
    // Constant memory: ten times the lines cost about the same. Retaining the extra 90% of the
    // results would add over 100 MB.
    expect(large.peakRss - small.peakRss).toBeLessThan(MAX_EXTRA_GROWTH);
  } finally {
    await server.close();
  }
}, 120_000);
