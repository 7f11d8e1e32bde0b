import type { Anthropic, APIPromise, RequestOptions } from '@anth/core';
import { assertWorkspaceParam, moveHeaderParams, path } from '@anth/core/internal';
import type { SkillVersion, SkillVersionParams } from '../types/skills.js';

/**
 * Fetches one version of a skill (`GET /v1/skills/{skill_id}/versions/{version}`).
 * `workspace_id` is sent as the `anthropic-workspace-id` header.
 *
 * @example
 * const { name, description } = await retrieveSkillVersion(client, '1759178010641129', { skill_id: 'skill_01…' });
 */
export function retrieveSkillVersion(
  client: Anthropic,
  version: string,
  params: SkillVersionParams,
  options?: RequestOptions,
): APIPromise<SkillVersion> {
  assertWorkspaceParam(params, 'retrieveSkillVersion');
  const { skill_id: skillId, betas, ...headerParams } = params;
  const { headers } = moveHeaderParams(headerParams, options?.headers);
  return client.get<SkillVersion>(path`/v1/skills/${skillId}/versions/${version}`, { ...options, headers, betas });
}
