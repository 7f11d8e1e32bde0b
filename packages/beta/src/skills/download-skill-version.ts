import type { Anthropic, RequestOptions } from '@anth/core';
import { assertWorkspaceParam, moveHeaderParams, path } from '@anth/core/internal';
import type { SkillVersionParams } from '../types/skills.js';

/**
 * Downloads the files of a skill version as one archive (`GET
 * /v1/skills/{skill_id}/versions/{version}/content`, `Accept: application/binary`): the
 * raw, unread `Response`. `workspace_id` is sent as the `anthropic-workspace-id` header.
 *
 * @example
 * const response = await downloadSkillVersion(client, '1759178010641129', { skill_id: 'skill_01…' });
 * const archive = new Uint8Array(await response.arrayBuffer());
 */
export function downloadSkillVersion(
  client: Anthropic,
  version: string,
  params: SkillVersionParams,
  options?: RequestOptions,
): Promise<Response> {
  assertWorkspaceParam(params, 'downloadSkillVersion');
  const { skill_id: skillId, betas, ...headerParams } = params;
  const { headers } = moveHeaderParams(headerParams, { accept: 'application/binary', ...options?.headers });
  return client
    .get<Response>(path`/v1/skills/${skillId}/versions/${version}/content`, { ...options, headers, betas })
    .asResponse();
}
