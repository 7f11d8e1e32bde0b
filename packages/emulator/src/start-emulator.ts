import { createEmulatorFetch } from './create-emulator-fetch.js';
import { describeValue } from './emulator-backend-names.js';
import { checkPort, resolveBackends } from './resolve-backends.js';
import type {
  RunningEmulator,
  ServedBedrockEmulator,
  ServedEmulator,
  StartEmulatorOptions,
} from './running-emulator.js';
import { serveFetch, type FetchServer } from './server.js';
import type { EmulatorBackendName } from './types.js';

/** Where each backend's clients point, under the server's origin (the path their real hosts use). */
const CLIENT_BASE_PATH: Record<EmulatorBackendName, string> = {
  anthropic: '',
  bedrock: '',
  vertex: '/v1',
  foundry: '/anthropic',
};

/**
 * Starts the emulator over HTTP on 127.0.0.1: each backend (default: the first-party API alone) on
 * its own port, so each is its own origin as on the real services (Bedrock's SigV4 signs the path,
 * so it could not share one under a prefix). Resolves once every server listens.
 *
 * The first-party API's controls and `url` sit at the top of the result; each cloud backend's under
 * its name. Script replies, queue faults (statuses, retry headers, stalls, drops, mid-stream errors),
 * drive batches and read the recorded requests there. `close()` stops every server and destroys
 * open connections, so a stalled stream never holds a test up.
 *
 * @example
 * const emulator = await startEmulator();
 * const client = new Anthropic({ baseURL: emulator.url, apiKey: 'sk-ant-emulator' });
 * emulator.script({ content: [{ type: 'text', text: 'Hi!' }] });
 * emulator.fault({ status: 529 }); // for the request after
 * await emulator.close();
 *
 * @example
 * const emulator = await startEmulator({ port: 4010, backends: { anthropic: true, bedrock: { region: 'eu-west-1' } } });
 * emulator.url; // http://127.0.0.1:4010
 * emulator.bedrock.url; // http://127.0.0.1:4011
 */
export async function startEmulator<B extends EmulatorBackendName = 'anthropic'>(
  options: StartEmulatorOptions<B> = {},
): Promise<RunningEmulator<B>> {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(`startEmulator options must be an object, got ${describeValue(options)}`);
  }
  const plans = resolveBackends(options.backends);
  const port = checkPort(options.port, plans.length);
  const servers: FetchServer[] = [];
  const served: Partial<Record<EmulatorBackendName, ServedEmulator | ServedBedrockEmulator>> = {};
  try {
    for (const [index, { name, fetchOptions }] of plans.entries()) {
      const emulator = createEmulatorFetch(fetchOptions);
      const server = await serveFetch(emulator, { port: port === 0 ? 0 : port + index, host: options.host });
      servers.push(server);
      // The controls without the function: a served emulator is reached over HTTP, not called.
      served[name] = { ...emulator, url: `${server.origin}${CLIENT_BASE_PATH[name]}` };
    }
  } catch (error) {
    await Promise.allSettled(servers.map((server) => server.close()));
    throw error;
  }
  const { anthropic, ...clouds } = served;
  return {
    ...anthropic,
    ...clouds,
    reset: () => {
      for (const emulator of Object.values(served)) emulator.reset();
    },
    close: async () => {
      await Promise.all(servers.map((server) => server.close()));
    },
  } as RunningEmulator<B>;
}
