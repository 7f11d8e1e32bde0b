import type { Anthropic, APIPromise, RequestOptions } from '@anth/core';
import { assertWorkspaceParam, moveHeaderParams, path } from '@anth/core/internal';
import type { DeletedSkillVersion, SkillVersionParams } from '../types/skills.js';

/**
 * Deletes one version of a skill (`DELETE /v1/skills/{skill_id}/versions/{version}`).
 * `workspace_id` is sent as the `anthropic-workspace-id` header.
 *
 * @example
 * await deleteSkillVersion(client, '1759178010641129', { skill_id: 'skill_01…' });
 */
export function deleteSkillVersion(
  client: Anthropic,
  version: string,
  params: SkillVersionParams,
  options?: RequestOptions,
): APIPromise<DeletedSkillVersion> {
  assertWorkspaceParam(params, 'deleteSkillVersion');
  const { skill_id: skillId, betas, ...headerParams } = params;
  const { headers } = moveHeaderParams(headerParams, options?.headers);
  return client.delete<DeletedSkillVersion>(path`/v1/skills/${skillId}/versions/${version}`, {
    ...options,
    headers,
    betas,
  });
}
