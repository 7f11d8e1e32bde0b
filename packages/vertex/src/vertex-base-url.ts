import { invalidVertexValue } from './rewrite-vertex-request.js';

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
  if (!LOCATION.test(region)) throw invalidVertexValue('region', region, 'a location such as us-east5 or global');
  const host =
    region === 'global'
      ? 'aiplatform'
      : region === 'us' || region === 'eu'
        ? `aiplatform.${region}.rep`
        : `${region}-aiplatform`;
  return `https://${host}.googleapis.com/v1`;
}
