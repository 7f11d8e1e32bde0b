/**
 * Vertex serves each location from its own host: `global` from `aiplatform.googleapis.com`, the
 * multi-regions `us`/`eu` from `aiplatform.{us,eu}.rep.googleapis.com`, and a region such as
 * `us-east5` from `us-east5-aiplatform.googleapis.com`. Returns why `host` cannot serve `location`,
 * or undefined when it can (any non-Google host, e.g. the emulator's own server, is accepted).
 *
 * @example
 * checkVertexHost('us-east5-aiplatform.googleapis.com', 'europe-west1'); // 'Location europe-west1 …'
 */
export function checkVertexHost(host: string, location: string): string | undefined {
  if (!host.endsWith('googleapis.com')) return undefined;
  const served = locationOfHost(host);
  if (served === location) return undefined;
  return `Location ${location} is not served by the endpoint ${host}${served ? ` (it serves ${served})` : ''}.`;
}

function locationOfHost(host: string): string | undefined {
  if (host === 'aiplatform.googleapis.com') return 'global';
  const multiRegion = /^aiplatform\.(?<location>[a-z]+)\.rep\.googleapis\.com$/.exec(host)?.groups?.['location'];
  if (multiRegion) return multiRegion;
  return /^(?<location>[a-z0-9-]+)-aiplatform\.googleapis\.com$/.exec(host)?.groups?.['location'];
}
