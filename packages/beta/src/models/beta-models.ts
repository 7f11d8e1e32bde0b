import type { Anthropic, APIPromise, PagePromise, RequestOptions } from '@anth/core';
import type { BetaWorkspaceRequestOptions } from '../beta-request-options.js';
import type { BetaModelInfo, BetaModelListParams } from '../types/beta-models.js';
import { listBetaModels } from './list-beta-models.js';
import { retrieveBetaModel } from './retrieve-beta-model.js';

/**
 * The Models API on the beta endpoint, as a class: sugar over {@link listBetaModels} and
 * {@link retrieveBetaModel}.
 *
 * @example
 * for await (const model of new BetaModels(client).list()) console.log(model.id);
 */
export class BetaModels {
  constructor(private readonly client: Anthropic) {}

  /** See {@link listBetaModels}. */
  list(params?: BetaModelListParams, options?: RequestOptions): PagePromise<BetaModelInfo> {
    return listBetaModels(this.client, params, options);
  }

  /** See {@link retrieveBetaModel}. */
  retrieve(modelId: string, options?: BetaWorkspaceRequestOptions): APIPromise<BetaModelInfo> {
    return retrieveBetaModel(this.client, modelId, options);
  }
}
