import type { Anthropic, APIPromise } from '@anth/core';
import { path } from '@anth/core/internal';
import type { BetaRequestOptions } from '../beta-request-options.js';
import { SKILLS_BETA, withRequiredBeta } from '../required-betas.js';
import type { Skill } from '../types/skills.js';

/**
 * Fetches a skill (`GET /v1/skills/{skill_id}`).
 *
 * @example
 * const { latest_version } = await retrieveSkill(client, 'skill_01…');
 */
export function retrieveSkill(client: Anthropic, skillId: string, options: BetaRequestOptions = {}): APIPromise<Skill> {
  const { betas, ...rest } = options;
  return client.get<Skill>(path`/v1/skills/${skillId}`, {
    ...rest,
    betas: withRequiredBeta(betas, SKILLS_BETA),
  });
}
