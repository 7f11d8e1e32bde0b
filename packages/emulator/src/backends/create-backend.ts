import type { BackendContext, EmulatorBackend } from './emulator-backend.js';
import { createFoundryBackend } from './foundry/foundry-backend.js';
import { createVertexBackend } from './vertex/vertex-backend.js';

/** The backends that sit in front of the first-party handlers (Bedrock has an emulator of its own). */
export type FrontedBackendName = 'vertex' | 'foundry';

// One line per fronted backend; 'anthropic' has none: it is the first-party API itself.
const BACKENDS: Record<FrontedBackendName, (context: BackendContext) => EmulatorBackend> = {
  vertex: createVertexBackend,
  foundry: createFoundryBackend,
};

/**
 * The backend named `name`, or undefined for the first-party API.
 *
 * @example
 * createBackend('vertex', context)?.routes;
 */
export function createBackend(
  name: 'anthropic' | FrontedBackendName,
  context: BackendContext,
): EmulatorBackend | undefined {
  return name === 'anthropic' ? undefined : BACKENDS[name](context);
}
