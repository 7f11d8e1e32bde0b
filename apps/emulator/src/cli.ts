import { createEmulator } from './create-emulator.js';
import { DEFAULT_API_KEY } from './resolve-options.js';
import { startEmulatorServer } from './server.js';

// `PORT=4010 node dist/cli.mjs`: serve the emulator until Ctrl-C. Everything happens in main() so
// importing this file has no effect beyond declaring it.
async function main(): Promise<void> {
  const port = Number(process.env['PORT'] ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer between 0 and 65535, got ${process.env['PORT']}`);
  }
  const host = process.env['HOST']?.trim() || undefined;
  const server = await startEmulatorServer(createEmulator(), { port, ...(host ? { host } : {}) });
  console.log(`Anthropic API emulator listening on ${server.url}`);
  console.log(`Use ANTHROPIC_BASE_URL=${server.url} ANTHROPIC_API_KEY=${DEFAULT_API_KEY}`);

  const stop = (): void => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
