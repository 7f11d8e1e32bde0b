import type { Anthropic, APIPromise, FinalRequestOptions, RequestOptions } from '@anth/core';
import { toFormData } from '@anth/core/internal';
import { SKILLS_BETA, withRequiredBeta } from '../required-betas.js';
import type { Skill, SkillCreateParams } from '../types/skills.js';
import { prepareSkillFiles } from './prepare-skill-files.js';

/**
 * Creates a skill from its files (`POST /v1/skills`, multipart parts `files[]` keeping
 * their directory-qualified names, optional `display_title`; `skills-2025-10-02`). The upload
 * becomes the skill's first version.
 *
 * @example
 * const skill = await createSkill(client, {
 *   display_title: 'Greeter',
 *   files: [new File(['---\nname: greeter\ndescription: Greets people\n---\nSay hello.'], 'greeter/SKILL.md', { type: 'text/markdown' })],
 * });
 */
export function createSkill(client: Anthropic, params: SkillCreateParams, options?: RequestOptions): APIPromise<Skill> {
  const { files, display_title: displayTitle, betas } = params;
  const request = prepareSkillFiles(files).then(
    (prepared): FinalRequestOptions => ({
      ...options,
      method: 'post',
      path: '/v1/skills',
      body: toFormData({ display_title: displayTitle ?? undefined, files: prepared }, { keepPaths: true }),
      betas: withRequiredBeta(betas, SKILLS_BETA),
    }),
  );
  return client.request<Skill>(request);
}
