import OfficialAnthropic from '@anthropic-ai/sdk';
import { Anthropic } from '@anth/core';
import { API_KEY } from './request-params.js';

/**
 * The official 1.14 client and the @anth client, both with an explicit key and base URL and
 * otherwise default options, as a user would construct them once and reuse them.
 *
 * @example
 * const { official, anth } = benchClients(server.url);
 */
export function benchClients(baseURL: string): { official: OfficialAnthropic; anth: Anthropic } {
  return {
    official: new OfficialAnthropic({ apiKey: API_KEY, baseURL }),
    anth: new Anthropic({ apiKey: API_KEY, baseURL }),
  };
}
