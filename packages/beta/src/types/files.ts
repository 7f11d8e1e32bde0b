/** Parameters of the Files API (`/v1/files`). Results are core's `FileMetadata` and `DeletedFile`. */
import type { Uploadable } from './uploadable.js';

/**
 * Body of `files.upload()`.
 *
 * @example
 * await files.upload({ file: await toFile(bytes, 'report.pdf', { type: 'application/pdf' }) });
 */
export interface FileUploadParams {
  /** The file; its name (basename only) and type are sent with it. */
  file: Uploadable;

  /** Beta names for `anthropic-beta`, added to the client's default (the Files API needs none). */
  betas?: string[];

  /** SDK-only: not sent in the body. Sent as the `anthropic-workspace-id` header, to act in that workspace. */
  workspace_id?: string;
}

/** Query of `files.list()` (Page pagination; newest first). */
export interface FileListParams {
  /** Return the page right after this id. */
  after_id?: string;

  /** Return the page right before this id (walks backwards). */
  before_id?: string;

  /** Items per page, 1–1000 (default 20). */
  limit?: number;

  /** Only files created in this scope (e.g. a session id). */
  scope_id?: string;

  /** Beta names for `anthropic-beta`, added to the client's default; not sent in the query. */
  betas?: string[];

  /** SDK-only: not sent in the query. Sent as the `anthropic-workspace-id` header, to act in that workspace. */
  workspace_id?: string;
}
