import type { Anthropic, APIPromise, FileMetadata, FinalRequestOptions, RequestOptions } from '@anth/core';
import { assertWorkspaceParam, moveHeaderParams, toFormData } from '@anth/core/internal';
import type { FileUploadParams } from '../types/files.js';
import { toUploadFile } from './to-upload-file.js';

/**
 * Uploads a file (`POST /v1/files`, multipart part `file`). Use the returned id in `file` sources
 * (`{ type: 'document', source: { type: 'file', file_id } }`) and in `container_upload` blocks.
 * `workspace_id` is sent as the `anthropic-workspace-id` header.
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
  assertWorkspaceParam(params, 'uploadFile');
  const { file, betas, ...headerParams } = params;
  const { headers } = moveHeaderParams(headerParams, options?.headers);
  const request = toUploadFile(file).then(
    (upload): FinalRequestOptions => ({
      ...options,
      method: 'post',
      path: '/v1/files',
      body: toFormData({ file: upload }),
      headers,
      betas,
    }),
  );
  return client.request<FileMetadata>(request);
}
