import { CURRENT_API_VERSION } from '../api-version.js';
import { EMULATOR_CREDENTIALS } from '../emulator-credentials.js';
import type { EmulatorBackendName } from '../types.js';

/** A served backend as the banner shows it: its name and the base URL its clients take. */
export interface ServedBackendLine {
  name: EmulatorBackendName;
  url: string;
}

/**
 * The lines a client of each backend needs, as shell `export`s ready to paste: the base URL and
 * the credentials the emulator accepts by default, under the environment variables the SDKs read.
 */
function setupLines({ name, url }: ServedBackendLine): string[] {
  switch (name) {
    case 'anthropic':
      return [`export ANTHROPIC_BASE_URL=${url}`, `export ANTHROPIC_API_KEY=${EMULATOR_CREDENTIALS.apiKey}`];
    case 'bedrock':
      return [
        `export ANTHROPIC_BEDROCK_BASE_URL=${url}`,
        'export AWS_REGION=us-east-1',
        `export AWS_BEARER_TOKEN_BEDROCK=${EMULATOR_CREDENTIALS.bedrockApiKey}`,
        `# or SigV4: AWS_ACCESS_KEY_ID=${EMULATOR_CREDENTIALS.aws.accessKeyId} AWS_SECRET_ACCESS_KEY=${EMULATOR_CREDENTIALS.aws.secretAccessKey}`,
      ];
    case 'vertex':
      return [
        `export ANTHROPIC_VERTEX_BASE_URL=${url}`,
        'export CLOUD_ML_REGION=us-east5',
        'export ANTHROPIC_VERTEX_PROJECT_ID=emulator-project',
        `# access token: ${EMULATOR_CREDENTIALS.authToken}; OAuth token endpoint: ${new URL('/token', url).href}`,
      ];
    case 'foundry':
      return [
        `export ANTHROPIC_FOUNDRY_BASE_URL=${url}`,
        `export ANTHROPIC_FOUNDRY_API_KEY=${EMULATOR_CREDENTIALS.apiKey}`,
      ];
  }
}

/**
 * What the CLI prints once every server listens: each backend's URL, then the `export` lines that
 * point an SDK at it.
 *
 * @example
 * formatBanner([{ name: 'anthropic', url: 'http://127.0.0.1:4010' }]);
 * // Anthropic API emulator (API version 2026-10-21); Ctrl-C stops it.
 * //
 * // anthropic  http://127.0.0.1:4010
 * //   export ANTHROPIC_BASE_URL=http://127.0.0.1:4010
 * //   export ANTHROPIC_API_KEY=sk-ant-emulator
 */
export function formatBanner(served: readonly ServedBackendLine[]): string {
  const width = Math.max(...served.map(({ name }) => name.length)) + 2;
  const sections = served.map((backend) =>
    [`${backend.name.padEnd(width)}${backend.url}`, ...setupLines(backend).map((line) => `  ${line}`)].join('\n'),
  );
  return [`Anthropic API emulator (API version ${CURRENT_API_VERSION}); Ctrl-C stops it.`, ...sections].join('\n\n');
}
