import type { RequestOptions } from '@anth/core';

/**
 * Request options of beta methods that take only an id (or no params): the usual options plus the
 * `betas` to send in `anthropic-beta`, merged with the client's and the method's own.
 *
 * @example
 * await files.retrieveMetadata('file_01…', { betas: ['my-extra-beta-2026-01-01'], timeout: 5_000 });
 */
export type BetaRequestOptions = RequestOptions & {
  /** Beta names for `anthropic-beta`, added to the client's default and the method's own. */
  betas?: readonly string[] | undefined;
};
