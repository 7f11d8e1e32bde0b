import type { RequestOptions } from '@anth/core';

/**
 * Request options of beta methods that take only an id (or no params): the usual options plus the
 * `betas` to send in `anthropic-beta`, merged with the client's and the method's own.
 *
 * @example
 * await retrieveBetaBatch(client, 'msgbatch_01…', { betas: ['my-extra-beta-2026-01-01'], timeout: 5_000 });
 */
export type BetaRequestOptions = RequestOptions & {
  /** Beta names for `anthropic-beta`, added to the client's default and the method's own. */
  betas?: readonly string[] | undefined;
};

/**
 * Request options of the Files, Skills and Models methods that take only an id: {@link BetaRequestOptions}
 * plus the `workspace_id` to act in, sent as the `anthropic-workspace-id` header.
 *
 * @example
 * await files.retrieveMetadata('file_01…', { workspace_id: 'wrkspc_01…', betas: ['my-extra-beta-2026-01-01'] });
 */
export type BetaWorkspaceRequestOptions = BetaRequestOptions & {
  /** SDK-only: sent as the `anthropic-workspace-id` header, to act in that workspace. */
  workspace_id?: string | undefined;
};
