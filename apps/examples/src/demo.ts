import { runDemo } from './run-demo.js';

runDemo({
  apiKey: process.env['ANTHROPIC_API_KEY']?.trim() || undefined,
  model: process.env['ANTHROPIC_MODEL']?.trim() || undefined,
}).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
