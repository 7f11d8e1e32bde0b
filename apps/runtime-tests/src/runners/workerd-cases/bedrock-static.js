import { AnthropicBedrock } from '@anth/bedrock';
import { runCloudSmoke } from './cloud-smoke.js';

/** Bedrock with static keys on workerd: SigV4 on Web Crypto, binary event stream decoded to events. */
/** @param {{ baseURL: string }} input */
export function run({ baseURL }) {
  return runCloudSmoke(
    new AnthropicBedrock({
      awsRegion: 'us-east-1',
      awsAccessKey: 'AKIDWORKERD',
      awsSecretKey: 'workerd-secret-access-key',
      baseURL,
      maxRetries: 0,
    }),
  );
}
