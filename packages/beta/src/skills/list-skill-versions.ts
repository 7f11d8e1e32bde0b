import { CursorPage, listPage, type Anthropic, type PagePromise, type RequestOptions } from '@anth/core';
import { path } from '@anth/core/internal';
import { SKILLS_BETA, withRequiredBeta } from '../required-betas.js';
import type { SkillVersion, SkillVersionListParams } from '../types/skills.js';

/**
 * Lists the versions of a skill, newest first (`GET /v1/skills/{skill_id}/versions`,
 * cursor pages).
 *
 * @example
 * for await (const version of listSkillVersions(client, 'skill_01…')) console.log(version.version, version.name);
 */
export function listSkillVersions(
  client: Anthropic,
  skillId: string,
  params: SkillVersionListParams = {},
  options?: RequestOptions,
): PagePromise<SkillVersion, CursorPage<SkillVersion>> {
  const { betas, ...query } = params;
  return listPage<SkillVersion, CursorPage<SkillVersion>>(
    client,
    path`/v1/skills/${skillId}/versions`,
    { ...options, query: { ...query, ...options?.query }, betas: withRequiredBeta(betas, SKILLS_BETA) },
    CursorPage,
  );
}
