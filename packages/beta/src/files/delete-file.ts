import type { Anthropic, APIPromise, DeletedFile } from '@anth/core';
import { path } from '@anth/core/internal';
import type { BetaRequestOptions } from '../beta-request-options.js';
import { FILES_API_BETA, withRequiredBeta } from '../required-betas.js';

/**
 * Deletes a file (`DELETE /v1/files/{file_id}`).
 *
 * @example
 * await deleteFile(client, 'file_011C…'); // { id: 'file_011C…', type: 'file_deleted' }
 */
export function deleteFile(
  client: Anthropic,
  fileId: string,
  options: BetaRequestOptions = {},
): APIPromise<DeletedFile> {
  const { betas, ...rest } = options;
  return client.delete<DeletedFile>(path`/v1/files/${fileId}`, {
    ...rest,
    betas: withRequiredBeta(betas, FILES_API_BETA),
  });
}
