import { parseArgs } from 'node:util';
import { checkBackendName, EMULATOR_BACKEND_NAMES } from '../emulator-backend-names.js';
import { checkPort } from '../resolve-backends.js';
import type { EmulatorBackendName } from '../types.js';

/** What the command line asks for: the help text, or servers to start. */
export type CliCommand =
  | { kind: 'help' }
  | { kind: 'serve'; port: number; host: string; backends: EmulatorBackendName[] };

/** `anth-emulator --help`. */
export const USAGE = `Usage: anth-emulator [--port <n>] [--host <address>] [--backend <name>]...

Serves a local emulator of the Anthropic API, and of its cloud backends, until Ctrl-C.

Options:
  -p, --port <n>          port of the first backend; the next ones take the following ports
                          (default 0: free ports)
      --host <address>    interface to listen on (default 127.0.0.1)
  -b, --backend <name>    ${EMULATOR_BACKEND_NAMES.join(', ')}; repeat it or separate names with commas
                          (default anthropic)
  -h, --help              show this help

Example: npx @anth/emulator --port 4010 --backend anthropic,bedrock`;

/**
 * Reads the command line (without `node` and the script). Throws an Error whose message says what is
 * wrong (unknown option, bad port, unknown backend, a backend given twice).
 *
 * @example
 * parseCliArgs(['--port', '4010', '--backend', 'anthropic,bedrock']);
 * // { kind: 'serve', port: 4010, host: '127.0.0.1', backends: ['anthropic', 'bedrock'] }
 */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      port: { type: 'string', short: 'p' },
      host: { type: 'string' },
      backend: { type: 'string', short: 'b', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) return { kind: 'help' };
  const backends: EmulatorBackendName[] = [];
  for (const value of values.backend ?? ['anthropic']) {
    for (const name of value.split(',').map((part) => part.trim())) {
      if (name === '') continue;
      checkBackendName(name, '--backend');
      if (backends.includes(name)) throw new RangeError(`--backend: ${name} is given twice`);
      backends.push(name);
    }
  }
  if (backends.length === 0) throw new RangeError('--backend needs a name');
  const host = values.host?.trim() || '127.0.0.1';
  return { kind: 'serve', port: parsePort(values.port, backends.length), host, backends };
}

function parsePort(text: string | undefined, count: number): number {
  if (text === undefined) return 0;
  const port = /^\d+$/.test(text.trim()) ? Number(text) : Number.NaN;
  try {
    return checkPort(port, count);
  } catch {
    throw new RangeError(`--port must be an integer from 0 to ${65_536 - count}, got ${JSON.stringify(text)}`);
  }
}
