import type { Anthropic, APIPromise } from '@anth/core';
import { assertWorkspaceParam, moveHeaderParams, path } from '@anth/core/internal';
import type { BetaWorkspaceRequestOptions } from '../beta-request-options.js';
import type { Skill } from '../types/skills.js';

/**
 * Fetches a skill (`GET /v1/skills/{skill_id}`). `workspace_id` is sent as the
 * `anthropic-workspace-id` header.
 *
 * @example
 * const { latest_version } = await retrieveSkill(client, 'skill_01…');
 */
export function retrieveSkill(
  client: Anthropic,
  skillId: string,
  options: BetaWorkspaceRequestOptions = {},
): APIPromise<Skill> {
  assertWorkspaceParam(options, 'retrieveSkill');
  const { body: requestOptions, headers } = moveHeaderParams(options, options.headers);
  return client.get<Skill>(path`/v1/skills/${skillId}`, { ...requestOptions, headers });
}
