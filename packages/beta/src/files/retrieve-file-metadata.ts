import type { Anthropic, APIPromise, FileMetadata } from '@anth/core';
import { assertWorkspaceParam, moveHeaderParams, path } from '@anth/core/internal';
import type { BetaWorkspaceRequestOptions } from '../beta-request-options.js';

/**
 * Fetches a file's metadata (`GET /v1/files/{file_id}`). `workspace_id` is sent as the
 * `anthropic-workspace-id` header.
 *
 * @example
 * const { filename, size_bytes, mime_type } = await retrieveFileMetadata(client, 'file_011C…');
 */
export function retrieveFileMetadata(
  client: Anthropic,
  fileId: string,
  options: BetaWorkspaceRequestOptions = {},
): APIPromise<FileMetadata> {
  assertWorkspaceParam(options, 'retrieveFileMetadata');
  const { body: requestOptions, headers } = moveHeaderParams(options, options.headers);
  return client.get<FileMetadata>(path`/v1/files/${fileId}`, { ...requestOptions, headers });
}
