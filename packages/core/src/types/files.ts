/** Files API shapes (`/v1/files`), shared by the beta and GA files resources. */

/** The scope a file was created in (beta), e.g. a session. */
export interface BetaFileScope {
  /** Id of the scoping resource. */
  id: string;

  type: 'session';
}

/** Metadata of an uploaded file. Unknown fields are kept. */
export interface FileMetadata {
  /** File id (`file_…`); use it in `file` sources and `container_upload` blocks. */
  id: string;

  /** RFC 3339 creation time. */
  created_at: string;

  /** Original filename (basename). */
  filename: string;

  mime_type: string;

  size_bytes: number;

  type: 'file';

  /** Whether the content can be downloaded (files created by tools usually are). */
  downloadable?: boolean;

  /** RFC 3339 expiry time (GA uploads with `expires_in_seconds`). */
  expires_at?: string | null;

  /** Scope the file belongs to (beta). */
  scope?: BetaFileScope | null;
}

/** Response of `files.delete()`. */
export interface DeletedFile {
  /** Id of the deleted file. */
  id: string;

  /** Always `file_deleted` when present. */
  type?: 'file_deleted';
}
