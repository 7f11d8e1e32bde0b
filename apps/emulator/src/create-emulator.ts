import { createBackend } from './backends/create-backend.js';
import { createBatchStore } from './batches/batch-store.js';
import { createBetaStore } from './beta/beta-store.js';
import { takeFault } from './faults.js';
import { handleRequest, type EmulatorState } from './handle-request.js';
import { resolveOptions } from './resolve-options.js';
import { createRouteTable } from './route-table.js';
import { toWireFile } from './routes/files.js';
import { createThreadStore } from './threads/thread-store.js';
import type { Emulator, EmulatorOptions, Fault, RecordedRequest, ScriptedTurn } from './types.js';

/**
 * Creates an emulator of the first-party Anthropic API. Its `fetch` is a drop-in `fetch`
 * replacement; serve it over HTTP with `startEmulatorServer`.
 *
 * @example
 * const emulator = createEmulator();
 * emulator.script({ content: [{ type: 'text', text: 'Hi!' }] });
 * const client = new Anthropic({ apiKey: 'sk-ant-emulator', fetch: emulator.fetch });
 */
export function createEmulator(options?: EmulatorOptions): Emulator {
  const turns: ScriptedTurn[] = [];
  const faults: Fault[] = [];
  const requests: RecordedRequest[] = [];
  const expiredTokens = new Set<string>();
  const resolvedOptions = resolveOptions(options);
  const backend = createBackend(options?.backend, {
    options: resolvedOptions,
    isExpired: (token) => expiredTokens.has(token),
  });
  // Batch requests run when their batch ends, taking scripted turns from the same queue.
  const batches = createBatchStore(options ?? {}, { models: resolvedOptions.models, takeTurn: () => turns.shift() });
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

  return {
    // An arrow function, so `fetch: emulator.fetch` works without binding; async, so a bad URL
    // rejects like fetch instead of throwing.
    fetch: async (input, init) => handleRequest(new Request(input, init), state),
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
}
