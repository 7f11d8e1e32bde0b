import { CursorPage, listPage, type Anthropic, type PagePromise, type RequestOptions } from '@anth/core';
import { assertWorkspaceParam, moveHeaderParams, path } from '@anth/core/internal';
import type { SkillVersion, SkillVersionListParams } from '../types/skills.js';

/**
 * Lists the versions of a skill, newest first (`GET /v1/skills/{skill_id}/versions`,
 * cursor pages). `betas` and `workspace_id` are sent as the `anthropic-beta` /
 * `anthropic-workspace-id` headers, never in the query.
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
  assertWorkspaceParam(params, 'listSkillVersions');
  const { betas, ...rest } = params;
  const { body: query, headers } = moveHeaderParams(rest, options?.headers);
  return listPage<SkillVersion, CursorPage<SkillVersion>>(
    client,
    path`/v1/skills/${skillId}/versions`,
    { ...options, query: { ...query, ...options?.query }, headers, betas },
    CursorPage,
  );
}
