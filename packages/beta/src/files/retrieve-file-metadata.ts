import type { Anthropic, APIPromise, FileMetadata } from '@anth/core';
import { path } from '@anth/core/internal';
import type { BetaRequestOptions } from '../beta-request-options.js';
import { FILES_API_BETA, withRequiredBeta } from '../required-betas.js';

/**
 * Fetches a file's metadata (`GET /v1/files/{file_id}`).
 *
 * @example
 * const { filename, size_bytes, mime_type } = await retrieveFileMetadata(client, 'file_011C…');
 */
export function retrieveFileMetadata(
  client: Anthropic,
  fileId: string,
  options: BetaRequestOptions = {},
): APIPromise<FileMetadata> {
  const { betas, ...rest } = options;
  return client.get<FileMetadata>(path`/v1/files/${fileId}`, {
    ...rest,
    betas: withRequiredBeta(betas, FILES_API_BETA),
  });
}
