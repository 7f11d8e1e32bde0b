import { CursorPage, listPage, type Anthropic, type PagePromise, type RequestOptions } from '@anth/core';
import { SKILLS_BETA, withRequiredBeta } from '../required-betas.js';
import type { Skill, SkillListParams } from '../types/skills.js';

/**
 * Lists skills (`GET /v1/skills`, cursor pages: `page` / `next_page`). Await it for one
 * page, or `for await` for every skill.
 *
 * @example
 * for await (const skill of listSkills(client, { source: 'custom' })) console.log(skill.id, skill.display_title);
 */
export function listSkills(
  client: Anthropic,
  params: SkillListParams = {},
  options?: RequestOptions,
): PagePromise<Skill, CursorPage<Skill>> {
  const { betas, ...query } = params;
  return listPage<Skill, CursorPage<Skill>>(
    client,
    '/v1/skills',
    { ...options, query: { ...query, ...options?.query }, betas: withRequiredBeta(betas, SKILLS_BETA) },
    CursorPage,
  );
}
