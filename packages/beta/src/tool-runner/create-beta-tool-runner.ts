import type { Anthropic } from '@anth/core';
import { assertParams } from '@anth/core/internal';
import { BetaToolRunner } from './beta-tool-runner.js';
import type { BetaToolRunnerOptions, BetaToolRunnerParams } from './tool-runner-params.js';

/**
 * Starts a {@link BetaToolRunner}: nothing is sent until it is iterated or awaited.
 *
 * @example
 * const weather = betaTool({ name: 'get_weather', inputSchema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] }, run: ({ city }) => `18°C in ${city}` });
 * const final = await betaToolRunner(client, {
 *   model: 'claude-opus-4-6', max_tokens: 1024, max_iterations: 5, tools: [weather],
 *   messages: [{ role: 'user', content: 'Weather in Paris?' }],
 * });
 */
export function betaToolRunner(
  client: Anthropic,
  params: BetaToolRunnerParams & { stream: true },
  options?: BetaToolRunnerOptions,
): BetaToolRunner<true>;
export function betaToolRunner(
  client: Anthropic,
  params: BetaToolRunnerParams & { stream?: false | undefined },
  options?: BetaToolRunnerOptions,
): BetaToolRunner<false>;
export function betaToolRunner(
  client: Anthropic,
  params: BetaToolRunnerParams,
  options?: BetaToolRunnerOptions,
): BetaToolRunner<boolean>;
export function betaToolRunner(
  client: Anthropic,
  params: BetaToolRunnerParams,
  options?: BetaToolRunnerOptions,
): BetaToolRunner<boolean> {
  assertParams(params, 'betaToolRunner');
  return new BetaToolRunner(client, params, options);
}
