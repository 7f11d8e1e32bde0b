import { createBackend, type FrontedBackendName } from './backends/create-backend.js';
import { createBatchStore } from './batches/batch-store.js';
import { createBetaStore } from './beta/beta-store.js';
import { takeFault } from './faults.js';
import { handleRequest, type EmulatorState } from './handle-request.js';
import { resolveOptions } from './resolve-options.js';
import { createRouteTable } from './route-table.js';
import { toWireFile } from './routes/files.js';
import { createThreadStore } from './threads/thread-store.js';
import type { Emulator, EmulatorFetch, EmulatorOptions, Fault, RecordedRequest, ScriptedTurn } from './types.js';

/**
 * Creates an in-process emulator of the first-party Anthropic API, or of the Vertex AI or Foundry
 * backend in front of it (Bedrock has an emulator of its own: `createBedrockEmulator`). The public
 * door is `createEmulatorFetch`.
 *
 * @example
 * const emulator = createApiEmulator({ chunkSize: 4 }, 'vertex');
 */
export function createApiEmulator(
  options: EmulatorOptions = {},
  backendName: 'anthropic' | FrontedBackendName = 'anthropic',
): EmulatorFetch {
  const turns: ScriptedTurn[] = [];
  const faults: Fault[] = [];
  const requests: RecordedRequest[] = [];
  const expiredTokens = new Set<string>();
  const resolvedOptions = resolveOptions(options);
  const backend = createBackend(backendName, {
    options: resolvedOptions,
    isExpired: (token) => expiredTokens.has(token),
  });
  // Batch requests run when their batch ends, taking scripted turns from the same queue.
  const batches = createBatchStore(options, { models: resolvedOptions.models, takeTurn: () => turns.shift() });
  // Uploaded files and skills (beta Files and Skills APIs).
  const beta = createBetaStore();
  // Message threads are a first-party beta: cloud backends serve none.
  const threads = createThreadStore();
  const state: EmulatorState = {
    options: resolvedOptions,
    routes: backend?.routes ?? createRouteTable(batches, beta),
    backend,
    requests,
    takeTurn: (accept) => {
      const next = turns[0];
      return next && accept && !accept(next) ? undefined : turns.shift();
    },
    takeFault: (path) => takeFault(faults, path),
    threads: backend ? undefined : threads,
  };

  const controls: Emulator = {
    script: (...newTurns) => {
      turns.push(...newTurns);
    },
    fault: (...newFaults) => {
      faults.push(...newFaults);
    },
    requests,
    threads: {
      conversation: (messageId) => {
        const stored = threads.get(messageId);
        return stored && structuredClone(stored);
      },
    },
    batches: batches.controls,
    files: {
      add: ({ filename, content, mimeType, downloadable }) => {
        const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : new Uint8Array(content);
        return toWireFile(
          beta.addFile({
            filename,
            bytes,
            mimeType: mimeType ?? 'application/octet-stream',
            downloadable: downloadable ?? true,
          }),
        );
      },
    },
    reset: () => {
      // Emptied in place, so a reference to `requests` taken earlier stays live.
      turns.length = 0;
      faults.length = 0;
      requests.length = 0;
      batches.reset();
      beta.reset();
      threads.reset();
      expiredTokens.clear();
    },
    expireToken: (token) => {
      expiredTokens.add(token);
    },
  };
  // An arrow function, so `{ fetch: emulator }` works without binding; async, so a bad URL rejects
  // like fetch instead of throwing.
  const fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> =>
    handleRequest(new Request(input, init), state);
  return Object.assign(fetch, controls);
}
