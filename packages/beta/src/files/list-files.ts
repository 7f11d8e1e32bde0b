import { listPage, type Anthropic, type FileMetadata, type PagePromise, type RequestOptions } from '@anth/core';
import { assertWorkspaceParam, moveHeaderParams } from '@anth/core/internal';
import type { FileListParams } from '../types/files.js';

/**
 * Lists uploaded files, newest first (`GET /v1/files`, `before_id`/`after_id` pages).
 * Await it for one page, or `for await` for every file. `betas` and `workspace_id` are sent as the
 * `anthropic-beta` / `anthropic-workspace-id` headers, never in the query.
 *
 * @example
 * for await (const file of listFiles(client, { limit: 100 })) console.log(file.id, file.filename);
 */
export function listFiles(
  client: Anthropic,
  params: FileListParams = {},
  options?: RequestOptions,
): PagePromise<FileMetadata> {
  assertWorkspaceParam(params, 'listFiles');
  const { betas, ...rest } = params;
  const { body: query, headers } = moveHeaderParams(rest, options?.headers);
  return listPage<FileMetadata>(client, '/v1/files', {
    ...options,
    query: { ...query, ...options?.query },
    headers,
    betas,
  });
}
