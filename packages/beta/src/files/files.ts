import type { Anthropic, APIPromise, DeletedFile, FileMetadata, PagePromise, RequestOptions } from '@anth/core';
import type { BetaWorkspaceRequestOptions } from '../beta-request-options.js';
import type { FileListParams, FileUploadParams } from '../types/files.js';
import { deleteFile } from './delete-file.js';
import { downloadFile } from './download-file.js';
import { listFiles } from './list-files.js';
import { retrieveFileMetadata } from './retrieve-file-metadata.js';
import { uploadFile } from './upload-file.js';

/**
 * The Files API as a class: sugar over {@link uploadFile}, {@link listFiles},
 * {@link retrieveFileMetadata}, {@link downloadFile} and {@link deleteFile}.
 *
 * @example
 * const files = new Files(client);
 * const uploaded = await files.upload({ file: new File([csv], 'data.csv', { type: 'text/csv' }) });
 * for await (const file of files.list()) console.log(file.filename);
 */
export class Files {
  constructor(private readonly client: Anthropic) {}

  /** See {@link uploadFile}. */
  upload(params: FileUploadParams, options?: RequestOptions): APIPromise<FileMetadata> {
    return uploadFile(this.client, params, options);
  }

  /** See {@link listFiles}. */
  list(params?: FileListParams, options?: RequestOptions): PagePromise<FileMetadata> {
    return listFiles(this.client, params, options);
  }

  /** See {@link retrieveFileMetadata}. */
  retrieveMetadata(fileId: string, options?: BetaWorkspaceRequestOptions): APIPromise<FileMetadata> {
    return retrieveFileMetadata(this.client, fileId, options);
  }

  /** See {@link downloadFile}. */
  download(fileId: string, options?: BetaWorkspaceRequestOptions): Promise<Response> {
    return downloadFile(this.client, fileId, options);
  }

  /** See {@link deleteFile}. */
  delete(fileId: string, options?: BetaWorkspaceRequestOptions): APIPromise<DeletedFile> {
    return deleteFile(this.client, fileId, options);
  }
}
