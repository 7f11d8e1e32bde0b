import { AnthropicVertex } from '@anth/vertex';
import { runCloudSmoke } from './cloud-smoke.js';

/** Vertex with a static access token on workerd (google-auth-library never loaded). */
/** @param {{ baseURL: string }} input */
export function run({ baseURL }) {
  return runCloudSmoke(
    new AnthropicVertex({
      region: 'us-east5',
      projectId: 'workerd-project',
      accessToken: 'ya29.workerd',
      baseURL,
      maxRetries: 0,
    }),
  );
}
