import type { Anthropic, APIPromise } from '@anth/core';
import { path } from '@anth/core/internal';
import type { BetaRequestOptions } from '../beta-request-options.js';
import { SKILLS_BETA, withRequiredBeta } from '../required-betas.js';
import type { DeletedSkill } from '../types/skills.js';

/**
 * Deletes a skill (`DELETE /v1/skills/{skill_id}`). The API refuses while the skill still
 * has versions: delete them first.
 *
 * @example
 * for await (const version of listSkillVersions(client, skillId)) await deleteSkillVersion(client, version.version, { skill_id: skillId });
 * await deleteSkill(client, skillId);
 */
export function deleteSkill(
  client: Anthropic,
  skillId: string,
  options: BetaRequestOptions = {},
): APIPromise<DeletedSkill> {
  const { betas, ...rest } = options;
  return client.delete<DeletedSkill>(path`/v1/skills/${skillId}`, {
    ...rest,
    betas: withRequiredBeta(betas, SKILLS_BETA),
  });
}
