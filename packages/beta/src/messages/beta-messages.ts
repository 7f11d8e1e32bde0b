import type { Anthropic, APIPromise, ParsedOutputOf, RequestOptions, Stream } from '@anth/core';
import { betaToolRunner } from '../tool-runner/create-beta-tool-runner.js';
import type { BetaToolRunner } from '../tool-runner/beta-tool-runner.js';
import type { BetaToolRunnerOptions, BetaToolRunnerParams } from '../tool-runner/tool-runner-params.js';
import type { ParsedBetaMessage } from '../structured-output/parsed-beta-message.js';
import type { BetaMessage } from '../types/beta-message.js';
import type {
  BetaMessageCountTokensParams,
  BetaMessageCreateParams,
  BetaMessageCreateParamsNonStreaming,
  BetaMessageCreateParamsStreaming,
  BetaMessageStreamParams,
  BetaMessageTokensCount,
} from '../types/beta-message-params.js';
import type { BetaRawMessageStreamEvent } from '../types/beta-stream-events.js';
import type { BetaMessageStream } from './beta-message-stream.js';
import { countBetaTokens } from './count-beta-tokens.js';
import { createBetaMessage } from './create-beta-message.js';
import { parseBetaMessage } from './parse-beta-message.js';
import { streamBetaMessage } from './stream-beta-message.js';

/**
 * The beta Messages API as a class: sugar over {@link createBetaMessage}, {@link streamBetaMessage},
 * {@link parseBetaMessage}, {@link countBetaTokens} and {@link betaToolRunner}.
 *
 * @example
 * const betaMessages = new BetaMessages(new Anthropic());
 * const reply = await betaMessages.create({ model: 'claude-opus-4-6', max_tokens: 1024, betas: ['context-management-2025-06-27'], messages });
 */
export class BetaMessages {
  constructor(private readonly client: Anthropic) {}

  /** See {@link createBetaMessage}. */
  create(params: BetaMessageCreateParamsNonStreaming, options?: RequestOptions): APIPromise<BetaMessage>;
  create(
    params: BetaMessageCreateParamsStreaming,
    options?: RequestOptions,
  ): APIPromise<Stream<BetaRawMessageStreamEvent>>;
  create(
    params: BetaMessageCreateParams,
    options?: RequestOptions,
  ): APIPromise<BetaMessage | Stream<BetaRawMessageStreamEvent>>;
  create(
    params: BetaMessageCreateParams,
    options?: RequestOptions,
  ): APIPromise<BetaMessage | Stream<BetaRawMessageStreamEvent>> {
    return createBetaMessage(this.client, params, options);
  }

  /** See {@link streamBetaMessage}. */
  stream<Params extends BetaMessageStreamParams>(
    params: Params,
    options?: RequestOptions,
  ): BetaMessageStream<ParsedOutputOf<Params>> {
    return streamBetaMessage(this.client, params, options);
  }

  /** See {@link parseBetaMessage}. */
  parse<Params extends BetaMessageCreateParamsNonStreaming>(
    params: Params,
    options?: RequestOptions,
  ): APIPromise<ParsedBetaMessage<ParsedOutputOf<Params>>> {
    return parseBetaMessage(this.client, params, options);
  }

  /** See {@link countBetaTokens}. */
  countTokens(params: BetaMessageCountTokensParams, options?: RequestOptions): APIPromise<BetaMessageTokensCount> {
    return countBetaTokens(this.client, params, options);
  }

  /** See {@link betaToolRunner}. */
  toolRunner(params: BetaToolRunnerParams & { stream: true }, options?: BetaToolRunnerOptions): BetaToolRunner<true>;
  toolRunner(
    params: BetaToolRunnerParams & { stream?: false | undefined },
    options?: BetaToolRunnerOptions,
  ): BetaToolRunner<false>;
  toolRunner(params: BetaToolRunnerParams, options?: BetaToolRunnerOptions): BetaToolRunner<boolean>;
  toolRunner(params: BetaToolRunnerParams, options?: BetaToolRunnerOptions): BetaToolRunner<boolean> {
    return betaToolRunner(this.client, params, options);
  }
}
