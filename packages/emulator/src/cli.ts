#!/usr/bin/env node
// `npx @anth/emulator` / `anth-emulator`: serves the emulator until SIGINT or SIGTERM. Everything happens
// in main(), so the only effect of loading this file is running it.
import { formatBanner } from './cli/format-banner.js';
import { parseCliArgs, USAGE, type CliCommand } from './cli/parse-cli-args.js';
import { startEmulator } from './start-emulator.js';

async function main(): Promise<void> {
  let command: CliCommand;
  try {
    command = parseCliArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`anth-emulator: ${error instanceof Error ? error.message : String(error)}`);
    console.error('Run anth-emulator --help for the options.');
    process.exit(2);
  }
  if (command.kind === 'help') {
    console.log(USAGE);
    return;
  }
  const emulator = await startEmulator({ port: command.port, host: command.host, backends: command.backends });
  console.log(
    formatBanner(
      command.backends.map((name) => ({ name, url: name === 'anthropic' ? emulator.url : emulator[name].url })),
    ),
  );

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    // A second Ctrl-C while closing means now.
    if (stopping) process.exit(1);
    stopping = true;
    emulator.close().then(
      () => {
        console.log(`\n${signal}: emulator stopped.`);
        process.exit(0);
      },
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  const inUse = (error as { code?: unknown }).code === 'EADDRINUSE';
  console.error(`anth-emulator: ${message}${inUse ? ' (the port is taken: pick another with --port)' : ''}`);
  process.exit(1);
});
