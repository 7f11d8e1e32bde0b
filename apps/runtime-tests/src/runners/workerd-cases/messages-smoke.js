import { runSmoke } from '../../smoke/run-smoke.js';

/**
 * The smoke suite with the first-party client, as a workerd case.
 *
 * @param {{ baseURL: string }} input
 */
export function run({ baseURL }) {
  return runSmoke({ baseURL });
}
