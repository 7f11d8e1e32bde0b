import { listPage, type Anthropic, type FileMetadata, type PagePromise, type RequestOptions } from '@anth/core';
import { FILES_API_BETA, withRequiredBeta } from '../required-betas.js';
import type { FileListParams } from '../types/files.js';

/**
 * Lists uploaded files, newest first (`GET /v1/files`, `before_id`/`after_id` pages).
 * Await it for one page, or `for await` for every file.
 *
 * @example
 * for await (const file of listFiles(client, { limit: 100 })) console.log(file.id, file.filename);
 */
export function listFiles(
  client: Anthropic,
  params: FileListParams = {},
  options?: RequestOptions,
): PagePromise<FileMetadata> {
  const { betas, ...query } = params;
  return listPage<FileMetadata>(client, '/v1/files', {
    ...options,
    query: { ...query, ...options?.query },
    betas: withRequiredBeta(betas, FILES_API_BETA),
  });
}
