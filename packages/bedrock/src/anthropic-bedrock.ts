import { Anthropic } from '@anth/core';
import { refuseOptions } from '@anth/core/internal';
import type { AnthropicBedrockOptions } from './bedrock-options.js';
import { createBedrockBackend } from './bedrock-backend.js';
import { resolveBedrockConfig } from './resolve-bedrock-config.js';

/** First-party credential options Bedrock does not take (`apiKey` it does: a Bedrock API key). */
const REFUSED_CREDENTIALS = ['authToken', 'credentials', 'config', 'profile'];

/**
 * A client for Claude on Amazon Bedrock. It *is* an `Anthropic` client, so every resource works on
 * it (`new Messages(new AnthropicBedrock())`); middleware sees the first-party request, and the
 * Bedrock rewrite, SigV4 signing and eventstream decoding happen inside `next`, on every attempt.
 *
 * Bedrock serves messages (with streaming) and legacy completions; other endpoints (batches, token
 * counting, models, files, skills) fail with an `AnthropicError` before anything is sent.
 *
 * @example
 * import { Messages } from '@anth/messages';
 * const messages = new Messages(new AnthropicBedrock({ awsRegion: 'us-east-1' }));
 * const message = await messages.create({ model: 'us.anthropic.claude-opus-4-6-v1',
 *   max_tokens: 1024, messages: [{ role: 'user', content: 'Hello, Claude' }] });
 */
export class AnthropicBedrock extends Anthropic<AnthropicBedrockOptions> {
  /** The AWS region: the endpoint's and the SigV4 scope's. */
  readonly awsRegion: string;
  /** True when no authentication is sent (a proxy signs). */
  readonly skipAuth: boolean;

  constructor(options: AnthropicBedrockOptions = {}) {
    refuseOptions(
      'AnthropicBedrock',
      options,
      REFUSED_CREDENTIALS,
      'pass `apiKey` (a Bedrock API key), AWS credentials (`awsAccessKey` and `awsSecretKey`, or `providerChainResolver`), or none for the AWS default chain.',
    );
    const config = resolveBedrockConfig(options);
    super(options, {
      backend: createBedrockBackend(config),
      baseURL: config.baseURL,
      credentialOptions: ['apiKey', 'awsAccessKey', 'awsSecretKey', 'awsSessionToken', 'providerChainResolver'],
      authDescription: config.skipAuth ? 'none (skipAuth)' : config.apiKey ? 'Bedrock API key' : 'AWS SigV4',
    });
    this.awsRegion = config.region;
    this.skipAuth = config.skipAuth;
    if (config.regionWarning) this.logger.warn(config.regionWarning);
  }
}
