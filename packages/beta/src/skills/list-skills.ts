import { CursorPage, listPage, type Anthropic, type PagePromise, type RequestOptions } from '@anth/core';
import { assertWorkspaceParam, moveHeaderParams } from '@anth/core/internal';
import type { Skill, SkillListParams } from '../types/skills.js';

/**
 * Lists skills (`GET /v1/skills`, cursor pages: `page` / `next_page`). Await it for one
 * page, or `for await` for every skill. `betas` and `workspace_id` are sent as the
 * `anthropic-beta` / `anthropic-workspace-id` headers, never in the query.
 *
 * @example
 * for await (const skill of listSkills(client, { source: 'custom' })) console.log(skill.id, skill.display_title);
 */
export function listSkills(
  client: Anthropic,
  params: SkillListParams = {},
  options?: RequestOptions,
): PagePromise<Skill, CursorPage<Skill>> {
  assertWorkspaceParam(params, 'listSkills');
  const { betas, ...rest } = params;
  const { body: query, headers } = moveHeaderParams(rest, options?.headers);
  return listPage<Skill, CursorPage<Skill>>(
    client,
    '/v1/skills',
    { ...options, query: { ...query, ...options?.query }, headers, betas },
    CursorPage,
  );
}
