// `pnpm example` lists the examples; `pnpm example <name>` runs src/examples/<name>.ts alone, against
// the real API when ANTHROPIC_API_KEY is set, else against a freshly started local emulator.
import { listExamples, runExample } from './run-demo.js';

const name = process.argv[2];
if (name === undefined) {
  process.stdout.write(`Run one with \`pnpm example <name>\`:\n${listExamples()}`);
} else {
  runExample(name, {
    apiKey: process.env['ANTHROPIC_API_KEY']?.trim() || undefined,
    model: process.env['ANTHROPIC_MODEL']?.trim() || undefined,
  }).catch((error: unknown) => {
    console.error(error instanceof Error && error.message.startsWith('No example named') ? error.message : error);
    process.exitCode = 1;
  });
}
