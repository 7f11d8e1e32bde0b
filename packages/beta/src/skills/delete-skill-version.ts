import type { Anthropic, APIPromise, RequestOptions } from '@anth/core';
import { path } from '@anth/core/internal';
import { SKILLS_BETA, withRequiredBeta } from '../required-betas.js';
import type { DeletedSkillVersion, SkillVersionParams } from '../types/skills.js';

/**
 * Deletes one version of a skill (`DELETE /v1/skills/{skill_id}/versions/{version}`).
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
  const { skill_id: skillId, betas } = params;
  return client.delete<DeletedSkillVersion>(path`/v1/skills/${skillId}/versions/${version}`, {
    ...options,
    betas: withRequiredBeta(betas, SKILLS_BETA),
  });
}
