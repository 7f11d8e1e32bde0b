import { AnthropicError } from '@anth/core';

// A Vertex location is a lowercase DNS label (`us-east5`, `europe-west1`, `global`, `us`, `eu`).
const LOCATION = /^[a-z][a-z0-9-]*[a-z0-9]$/;

/**
 * The Vertex AI endpoint serving `region`: `global` → `https://aiplatform.googleapis.com/v1`; the
 * multi-regions `us`/`eu` → `https://aiplatform.{us,eu}.rep.googleapis.com/v1`; any other region →
 * `https://{region}-aiplatform.googleapis.com/v1`. Throws for a value that is not a location name.
 *
 * @example
 * vertexBaseURL('us-east5'); // 'https://us-east5-aiplatform.googleapis.com/v1'
 */
export function vertexBaseURL(region: string): string {
  if (!LOCATION.test(region)) {
    throw new AnthropicError(`Invalid Vertex AI region ${JSON.stringify(region)}: expected a location name such as us-east5, europe-west1, global, us or eu.`);
  }
  if (region === 'global') return 'https://aiplatform.googleapis.com/v1';
  if (region === 'us' || region === 'eu') return `https://aiplatform.${region}.rep.googleapis.com/v1`;
  return `https://${region}-aiplatform.googleapis.com/v1`;
}
