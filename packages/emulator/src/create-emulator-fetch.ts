import { createBedrockEmulator } from './backends/bedrock/create-bedrock-emulator.js';
import type { BedrockEmulatorFetch, BedrockEmulatorOptions } from './backends/bedrock/types.js';
import { createApiEmulator } from './create-api-emulator.js';
import { checkBackendName, describeValue } from './emulator-backend-names.js';
import type { EmulatorFetch, EmulatorOptions } from './types.js';

/**
 * Options of {@link createEmulatorFetch}: which service to emulate (`backend`, default the
 * first-party API) and that service's options.
 *
 * @example
 * const options: EmulatorFetchOptions = { backend: 'vertex', authTokens: ['ya29.test'] };
 */
export type EmulatorFetchOptions =
  | (EmulatorOptions & { backend?: 'anthropic' | 'vertex' | 'foundry' })
  | (BedrockEmulatorOptions & { backend: 'bedrock' });

/**
 * Creates an in-process emulator: a `fetch` to inject into any client (no server, no sockets; it
 * needs no binding), carrying the controls a test uses — `script`, `fault`, `requests`, `batches`,
 * `files`, `reset`. It answers whatever origin the client sends to, so keep the client's default
 * base URL or pass any, e.g. `http://emulator.test`. It uses web standards only, so it runs in
 * Node, Deno, Bun, workers and browsers.
 *
 * `backend` picks the service: `'anthropic'` (default), `'vertex'` or `'foundry'` (their URL layout,
 * auth and error shapes in front of the same replies), or `'bedrock'` (the Bedrock runtime wire, with
 * its own options).
 *
 * @example
 * const emulator = createEmulatorFetch();
 * const client = new Anthropic({ fetch: emulator, apiKey: 'sk-ant-emulator' });
 * emulator.script({ content: [{ type: 'text', text: 'Hi!' }] });
 * await client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 64, messages });
 * expect(emulator.requests).toHaveLength(1);
 */
export function createEmulatorFetch(options: BedrockEmulatorOptions & { backend: 'bedrock' }): BedrockEmulatorFetch;
export function createEmulatorFetch(
  options?: EmulatorOptions & { backend?: 'anthropic' | 'vertex' | 'foundry' },
): EmulatorFetch;
export function createEmulatorFetch(options?: EmulatorFetchOptions): EmulatorFetch | BedrockEmulatorFetch;
export function createEmulatorFetch(options: EmulatorFetchOptions = {}): EmulatorFetch | BedrockEmulatorFetch {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(`createEmulatorFetch options must be an object, got ${describeValue(options)}`);
  }
  checkBackendName(options.backend ?? 'anthropic', 'backend');
  if (options.backend === 'bedrock') return createBedrockEmulator(options);
  return createApiEmulator(options, options.backend);
}
