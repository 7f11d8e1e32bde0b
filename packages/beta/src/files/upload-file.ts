import type { Anthropic, APIPromise, FileMetadata, FinalRequestOptions, RequestOptions } from '@anth/core';
import { toFormData } from '@anth/core/internal';
import { FILES_API_BETA, withRequiredBeta } from '../required-betas.js';
import type { FileUploadParams } from '../types/files.js';
import { toUploadFile } from './to-upload-file.js';

/**
 * Uploads a file (`POST /v1/files`, multipart part `file`, `files-api-2025-04-14`). Use
 * the returned id in `file` sources (`{ type: 'document', source: { type: 'file', file_id } }`) and in
 * `container_upload` blocks.
 *
 * @example
 * const file = await uploadFile(client, { file: await toFile(pdfBytes, 'report.pdf', { type: 'application/pdf' }) });
 * // Node: import { fileFromPath } from '@anth/beta/node';
 * const fromDisk = await uploadFile(client, { file: fileFromPath('report.pdf') });
 */
export function uploadFile(
  client: Anthropic,
  params: FileUploadParams,
  options?: RequestOptions,
): APIPromise<FileMetadata> {
  const { file, betas } = params;
  const request = toUploadFile(file).then(
    (upload): FinalRequestOptions => ({
      ...options,
      method: 'post',
      path: '/v1/files',
      body: toFormData({ file: upload }),
      betas: withRequiredBeta(betas, FILES_API_BETA),
    }),
  );
  return client.request<FileMetadata>(request);
}
