import type { Anthropic, APIPromise, FinalRequestOptions, RequestOptions } from '@anth/core';
import { assertWorkspaceParam, moveHeaderParams, path, toFormData } from '@anth/core/internal';
import type { SkillVersion, SkillVersionCreateParams } from '../types/skills.js';
import { prepareSkillFiles } from './prepare-skill-files.js';

/**
 * Uploads a new version of a skill (`POST /v1/skills/{skill_id}/versions`, multipart
 * `files[]` laid out as for `createSkill`). It becomes the skill's `latest_version`. `workspace_id`
 * is sent as the `anthropic-workspace-id` header.
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
  assertWorkspaceParam(params, 'createSkillVersion');
  const { files, betas, ...headerParams } = params;
  const { headers } = moveHeaderParams(headerParams, options?.headers);
  // Built now, so a bad id throws before the files are read.
  const requestPath = path`/v1/skills/${skillId}/versions`;
  const request = prepareSkillFiles(files).then(
    (prepared): FinalRequestOptions => ({
      ...options,
      method: 'post',
      path: requestPath,
      body: toFormData({ files: prepared }, { keepPaths: true }),
      headers,
      betas,
    }),
  );
  return client.request<SkillVersion>(request);
}
