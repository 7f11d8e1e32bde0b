import type { EmulatorBackendName } from '../types.js';
import type { BackendContext, EmulatorBackend } from './emulator-backend.js';
import { createFoundryBackend } from './foundry/foundry-backend.js';
import { createVertexBackend } from './vertex/vertex-backend.js';

// One line per cloud backend; 'anthropic' (the default) has none: it is the first-party API itself.
const BACKENDS: Record<Exclude<EmulatorBackendName, 'anthropic'>, (context: BackendContext) => EmulatorBackend> = {
  vertex: createVertexBackend,
  foundry: createFoundryBackend,
};

/**
 * The backend named by the `backend` option, or undefined for the first-party API.
 *
 * @example
 * createBackend('vertex', context)?.routes;
 */
export function createBackend(
  name: EmulatorBackendName | undefined,
  context: BackendContext,
): EmulatorBackend | undefined {
  if (name === undefined || name === 'anthropic') return undefined;
  const create = BACKENDS[name];
  if (!create)
    throw new RangeError(
      `backend must be one of anthropic, ${Object.keys(BACKENDS).join(', ')}; got ${JSON.stringify(name)}`,
    );
  return create(context);
}
