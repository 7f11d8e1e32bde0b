import type { Anthropic, APIPromise, DeletedFile } from '@anth/core';
import { assertWorkspaceParam, moveHeaderParams, path } from '@anth/core/internal';
import type { BetaWorkspaceRequestOptions } from '../beta-request-options.js';

/**
 * Deletes a file (`DELETE /v1/files/{file_id}`). `workspace_id` is sent as the
 * `anthropic-workspace-id` header.
 *
 * @example
 * await deleteFile(client, 'file_011C…'); // { id: 'file_011C…', type: 'file_deleted' }
 */
export function deleteFile(
  client: Anthropic,
  fileId: string,
  options: BetaWorkspaceRequestOptions = {},
): APIPromise<DeletedFile> {
  assertWorkspaceParam(options, 'deleteFile');
  const { body: requestOptions, headers } = moveHeaderParams(options, options.headers);
  return client.delete<DeletedFile>(path`/v1/files/${fileId}`, { ...requestOptions, headers });
}
