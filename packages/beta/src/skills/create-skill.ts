import type { Anthropic, APIPromise, FinalRequestOptions, RequestOptions } from '@anth/core';
import { assertWorkspaceParam, moveHeaderParams, toFormData } from '@anth/core/internal';
import type { Skill, SkillCreateParams } from '../types/skills.js';
import { prepareSkillFiles } from './prepare-skill-files.js';

/**
 * Creates a skill from its files (`POST /v1/skills`, multipart parts `files[]` keeping
 * their directory-qualified names, optional `display_title`). The upload becomes the skill's first
 * version. `workspace_id` is sent as the `anthropic-workspace-id` header.
 *
 * @example
 * const skill = await createSkill(client, {
 *   display_title: 'Greeter',
 *   files: [new File(['---\nname: greeter\ndescription: Greets people\n---\nSay hello.'], 'greeter/SKILL.md', { type: 'text/markdown' })],
 * });
 */
export function createSkill(client: Anthropic, params: SkillCreateParams, options?: RequestOptions): APIPromise<Skill> {
  assertWorkspaceParam(params, 'createSkill');
  const { files, display_title: displayTitle, betas, ...headerParams } = params;
  const { headers } = moveHeaderParams(headerParams, options?.headers);
  const request = prepareSkillFiles(files).then(
    (prepared): FinalRequestOptions => ({
      ...options,
      method: 'post',
      path: '/v1/skills',
      body: toFormData({ display_title: displayTitle ?? undefined, files: prepared }, { keepPaths: true }),
      headers,
      betas,
    }),
  );
  return client.request<Skill>(request);
}
