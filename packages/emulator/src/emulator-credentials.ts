/**
 * The credentials every emulator accepts unless its options say otherwise: what a client of each
 * backend sends by default. The CLI prints them; a test can pass them to its client.
 *
 * - `apiKey`: the first-party API (`Authorization: Bearer` or `x-api-key`) and Foundry (`x-api-key` / `api-key`);
 * - `authToken`: the first-party API, Vertex AI and Foundry, as `Authorization: Bearer`;
 * - `aws`: Bedrock's SigV4 keys (any region the emulator serves, `us-east-1` by default);
 * - `bedrockApiKey`: Bedrock's bearer API key (`AWS_BEARER_TOKEN_BEDROCK`).
 *
 * @example
 * const client = new Anthropic({ baseURL: emulator.url, apiKey: EMULATOR_CREDENTIALS.apiKey });
 */
export const EMULATOR_CREDENTIALS: {
  readonly apiKey: 'sk-ant-emulator';
  readonly authToken: 'emulator-token';
  readonly aws: { readonly accessKeyId: 'AKIDEMULATOR'; readonly secretAccessKey: 'emulator-secret-access-key' };
  readonly bedrockApiKey: 'bedrock-api-key-emulator';
} = {
  apiKey: 'sk-ant-emulator',
  authToken: 'emulator-token',
  aws: { accessKeyId: 'AKIDEMULATOR', secretAccessKey: 'emulator-secret-access-key' },
  bedrockApiKey: 'bedrock-api-key-emulator',
};
