import type { Anthropic, APIPromise, FinalRequestOptions, RequestOptions } from '@anth/core';
import { path, toFormData } from '@anth/core/internal';
import { SKILLS_BETA, withRequiredBeta } from '../required-betas.js';
import type { SkillVersion, SkillVersionCreateParams } from '../types/skills.js';
import { prepareSkillFiles } from './prepare-skill-files.js';

/**
 * Uploads a new version of a skill (`POST /v1/skills/{skill_id}/versions`, multipart
 * `files[]` laid out as for `createSkill`). It becomes the skill's `latest_version`.
 *
 * @example
 * const version = await createSkillVersion(client, 'skill_01…', { files: await skillFilesFromDirectory('./greeter') });
 */
export function createSkillVersion(
  client: Anthropic,
  skillId: string,
  params: SkillVersionCreateParams,
  options?: RequestOptions,
): APIPromise<SkillVersion> {
  const { files, betas } = params;
  // Built now, so a bad id throws before the files are read.
  const requestPath = path`/v1/skills/${skillId}/versions`;
  const request = prepareSkillFiles(files).then(
    (prepared): FinalRequestOptions => ({
      ...options,
      method: 'post',
      path: requestPath,
      body: toFormData({ files: prepared }, { keepPaths: true }),
      betas: withRequiredBeta(betas, SKILLS_BETA),
    }),
  );
  return client.request<SkillVersion>(request);
}
