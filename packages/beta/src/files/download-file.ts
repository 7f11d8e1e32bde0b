import type { Anthropic } from '@anth/core';
import { path } from '@anth/core/internal';
import type { BetaRequestOptions } from '../beta-request-options.js';
import { FILES_API_BETA, withRequiredBeta } from '../required-betas.js';

/**
 * Downloads a file's content (`GET /v1/files/{file_id}/content`, `Accept:
 * application/binary`) as the raw, unread `Response`: stream `response.body`, or read it with
 * `arrayBuffer()` / `blob()`; `content-type` is the file's type. Only files created by code
 * execution or skills are downloadable (`metadata.downloadable`). Aborting `signal` stops the
 * download, also while the body is being read.
 *
 * @example
 * const response = await downloadFile(client, 'file_011C…');
 * await fs.promises.writeFile('chart.png', new Uint8Array(await response.arrayBuffer()));
 */
export function downloadFile(client: Anthropic, fileId: string, options: BetaRequestOptions = {}): Promise<Response> {
  const { betas, ...rest } = options;
  return client
    .get<Response>(path`/v1/files/${fileId}/content`, {
      ...rest,
      betas: withRequiredBeta(betas, FILES_API_BETA),
      headers: { accept: 'application/binary', ...rest.headers },
    })
    .asResponse();
}
