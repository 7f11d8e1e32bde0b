import { AnthropicFoundry } from '@anth/foundry';
import { runCloudSmoke } from './cloud-smoke.js';

/** Foundry with an API key on workerd (@azure/identity never loaded). */
/** @param {{ baseURL: string }} input */
export function run({ baseURL }) {
  return runCloudSmoke(new AnthropicFoundry({ baseURL, apiKey: 'foundry-workerd-key', maxRetries: 0 }));
}
