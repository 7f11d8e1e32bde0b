import type { BetaStore, StoredFile } from '../beta/beta-store.js';
import { readMultipart } from '../beta/read-multipart.js';
import { createErrorResponse } from '../errors.js';
import { createJsonResponse } from '../json-response.js';
import type { RouteContext, RouteHandler } from '../route-context.js';
import type { Route } from '../route-table.js';
import { invalidRequest } from './invalid-request.js';
import { paginate } from './paginate.js';

/** The `FileMetadata` object of the API. */
export interface WireFile {
  id: string;
  type: 'file';
  filename: string;
  mime_type: string;
  size_bytes: number;
  created_at: string;
  downloadable: boolean;
}

/**
 * The Files API routes (`/v1/files…`, with or without the `?beta=true` older SDKs send) over one
 * emulator's store. No beta header is needed (the SDKs stopped sending `files-api-2025-04-14`); one
 * sent anyway is accepted, as the API does.
 *
 * @example
 * routes: [...createFileRoutes(beta)]
 */
export function createFileRoutes(store: BetaStore): Route[] {
  const withStore =
    (handler: (context: RouteContext, store: BetaStore) => Response | Promise<Response>): RouteHandler =>
    (context) =>
      handler(context, store);
  return [
    { pattern: /^\/v1\/files$/, methods: { POST: withStore(uploadFile), GET: withStore(listFiles) } },
    {
      pattern: /^\/v1\/files\/(?<file_id>[^/]+)$/,
      methods: { GET: withStore(retrieveFile), DELETE: withStore(deleteFile) },
    },
    { pattern: /^\/v1\/files\/(?<file_id>[^/]+)\/content$/, methods: { GET: withStore(downloadFile) } },
  ];
}

/** The wire form of a stored file. */
export function toWireFile(file: StoredFile): WireFile {
  return {
    id: file.id,
    type: 'file',
    filename: file.filename,
    mime_type: file.mimeType,
    size_bytes: file.bytes.length,
    created_at: file.createdAt,
    downloadable: file.downloadable,
  };
}

/** `POST /v1/files`: one multipart part named `file`; its name (basename) and type are kept. */
async function uploadFile(context: RouteContext, store: BetaStore): Promise<Response> {
  const form = await readMultipart(context);
  if (form instanceof Response) return form;
  const part = form.get('file');
  if (part === null) return invalidRequest(context, 'file: Field required');
  if (typeof part === 'string') return invalidRequest(context, 'file: Expected a file upload, got a text field');
  const filename = part.name.split(/[\\/]/).pop() || 'unknown_file';
  const stored = store.addFile({
    filename,
    bytes: new Uint8Array(await part.arrayBuffer()),
    mimeType: part.type || 'application/octet-stream',
    downloadable: false,
  });
  return createJsonResponse(toWireFile(stored));
}

/** `GET /v1/files`: newest first, Page pagination (`limit`, `after_id`, `before_id`), `scope_id` filter. */
function listFiles(context: RouteContext, store: BetaStore): Response {
  const scopeId = context.recorded.query.get('scope_id');
  // Uploads belong to no scope: a scope filter matches none of them.
  const files = scopeId === null ? [...store.files.values()].reverse().map(toWireFile) : [];
  const result = paginate(files, context.recorded.query);
  if ('error' in result) return invalidRequest(context, result.error);
  return createJsonResponse(result.page);
}

function retrieveFile(context: RouteContext, store: BetaStore): Response {
  const file = findFile(context, store);
  return file instanceof Response ? file : createJsonResponse(toWireFile(file));
}

/** `GET /v1/files/{id}/content`: the bytes with the stored type; only downloadable files. */
function downloadFile(context: RouteContext, store: BetaStore): Response {
  const file = findFile(context, store);
  if (file instanceof Response) return file;
  if (!file.downloadable) {
    return invalidRequest(
      context,
      `File ${file.id} is not downloadable: only files created by code execution or skills can be downloaded.`,
    );
  }
  return new Response(file.bytes, {
    headers: {
      'content-type': file.mimeType,
      'content-length': String(file.bytes.length),
      'content-disposition': `attachment; filename="${file.filename.replace(/["\\]/g, '_')}"`,
    },
  });
}

function deleteFile(context: RouteContext, store: BetaStore): Response {
  const file = findFile(context, store);
  if (file instanceof Response) return file;
  store.files.delete(file.id);
  return createJsonResponse({ id: file.id, type: 'file_deleted' });
}

function findFile(context: RouteContext, store: BetaStore): StoredFile | Response {
  const id = context.params['file_id'] ?? '';
  return (
    store.files.get(id) ??
    createErrorResponse({ requestId: context.requestId, status: 404, message: `File not found: ${id}` })
  );
}
