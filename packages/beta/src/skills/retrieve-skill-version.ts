import type { Anthropic, APIPromise, RequestOptions } from '@anth/core';
import { path } from '@anth/core/internal';
import { SKILLS_BETA, withRequiredBeta } from '../required-betas.js';
import type { SkillVersion, SkillVersionParams } from '../types/skills.js';

/**
 * Fetches one version of a skill (`GET /v1/skills/{skill_id}/versions/{version}`).
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
  const { skill_id: skillId, betas } = params;
  return client.get<SkillVersion>(path`/v1/skills/${skillId}/versions/${version}`, {
    ...options,
    betas: withRequiredBeta(betas, SKILLS_BETA),
  });
}
