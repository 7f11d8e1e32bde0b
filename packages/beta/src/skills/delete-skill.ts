import type { Anthropic, APIPromise } from '@anth/core';
import { assertWorkspaceParam, moveHeaderParams, path } from '@anth/core/internal';
import type { BetaWorkspaceRequestOptions } from '../beta-request-options.js';
import type { DeletedSkill } from '../types/skills.js';

/**
 * Deletes a skill (`DELETE /v1/skills/{skill_id}`). The API refuses while the skill still
 * has versions: delete them first. `workspace_id` is sent as the `anthropic-workspace-id` header.
 *
 * @example
 * for await (const version of listSkillVersions(client, skillId)) await deleteSkillVersion(client, version.version, { skill_id: skillId });
 * await deleteSkill(client, skillId);
 */
export function deleteSkill(
  client: Anthropic,
  skillId: string,
  options: BetaWorkspaceRequestOptions = {},
): APIPromise<DeletedSkill> {
  assertWorkspaceParam(options, 'deleteSkill');
  const { body: requestOptions, headers } = moveHeaderParams(options, options.headers);
  return client.delete<DeletedSkill>(path`/v1/skills/${skillId}`, { ...requestOptions, headers });
}
