import type { Anthropic } from '@anth/core';
import { assertWorkspaceParam, moveHeaderParams, path } from '@anth/core/internal';
import type { BetaWorkspaceRequestOptions } from '../beta-request-options.js';

/**
 * Downloads a file's content (`GET /v1/files/{file_id}/content`, `Accept:
 * application/binary`) as the raw, unread `Response`: stream `response.body`, or read it with
 * `arrayBuffer()` / `blob()`; `content-type` is the file's type. Only files created by code
 * execution or skills are downloadable (`metadata.downloadable`). Aborting `signal` stops the
 * download, also while the body is being read. `workspace_id` is sent as the
 * `anthropic-workspace-id` header.
 *
 * @example
 * const response = await downloadFile(client, 'file_011C…');
 * await fs.promises.writeFile('chart.png', new Uint8Array(await response.arrayBuffer()));
 */
export function downloadFile(
  client: Anthropic,
  fileId: string,
  options: BetaWorkspaceRequestOptions = {},
): Promise<Response> {
  assertWorkspaceParam(options, 'downloadFile');
  const { body: requestOptions, headers } = moveHeaderParams(options, {
    accept: 'application/binary',
    ...options.headers,
  });
  return client.get<Response>(path`/v1/files/${fileId}/content`, { ...requestOptions, headers }).asResponse();
}
