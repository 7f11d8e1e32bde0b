import type { Anthropic, APIPromise, ModelInfo, ModelListParams, PagePromise, RequestOptions } from '@anth/core';
import { listModels } from './list-models.js';
import { retrieveModel, type RetrieveModelOptions } from './retrieve-model.js';

/**
 * The Models API as a class: sugar over {@link listModels} and {@link retrieveModel}.
 *
 * @example
 * for await (const model of new Models(client).list()) console.log(model.id);
 */
export class Models {
  constructor(private readonly client: Anthropic) {}

  /** See {@link listModels}. */
  list(params?: ModelListParams, options?: RequestOptions): PagePromise<ModelInfo> {
    return listModels(this.client, params, options);
  }

  /** See {@link retrieveModel}. */
  retrieve(modelId: string, options?: RetrieveModelOptions): APIPromise<ModelInfo> {
    return retrieveModel(this.client, modelId, options);
  }
}
