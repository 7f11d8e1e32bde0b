// The smoke suite as a command, for runtimes that resolve node_modules themselves (Node, Bun, Deno):
//   <runtime> src/runners/run-smoke-cli.js <emulator base URL>
// Prints the result as one JSON line on stdout; exits 0 when every check passed, 1 otherwise.
import { runSmoke } from '../smoke/run-smoke.js';

/** @type {{ Deno?: { args: string[]; exit(code: number): never }; process?: { argv: string[]; exit(code: number): never } }} */
const hosts = globalThis;
const args = hosts.Deno?.args ?? hosts.process?.argv.slice(2) ?? [];
/** @param {number} code */
const exit = (code) => (hosts.Deno ? hosts.Deno.exit(code) : hosts.process?.exit(code));

const baseURL = args[0];
if (baseURL === undefined) {
  console.error('usage: <node|bun|deno run -A> src/runners/run-smoke-cli.js <emulator base URL>');
  exit(2);
} else {
  const result = await runSmoke({ baseURL });
  console.log(JSON.stringify(result));
  // Exit explicitly: a stream that failed to abort would otherwise keep its socket, and the process, alive.
  exit(result.ok ? 0 : 1);
}
