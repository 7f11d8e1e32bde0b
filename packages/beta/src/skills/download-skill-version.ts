import type { Anthropic, RequestOptions } from '@anth/core';
import { path } from '@anth/core/internal';
import { SKILLS_BETA, withRequiredBeta } from '../required-betas.js';
import type { SkillVersionParams } from '../types/skills.js';

/**
 * Downloads the files of a skill version as one archive (`GET
 * /v1/skills/{skill_id}/versions/{version}/content`, `Accept: application/binary`): the
 * raw, unread `Response`.
 *
 * @example
 * const response = await downloadSkillVersion(client, '1759178010641129', { skill_id: 'skill_01…' });
 * const archive = new Uint8Array(await response.arrayBuffer());
 */
export function downloadSkillVersion(
  client: Anthropic,
  version: string,
  params: SkillVersionParams,
  options?: RequestOptions,
): Promise<Response> {
  const { skill_id: skillId, betas } = params;
  return client
    .get<Response>(path`/v1/skills/${skillId}/versions/${version}/content`, {
      ...options,
      betas: withRequiredBeta(betas, SKILLS_BETA),
      headers: { accept: 'application/binary', ...options?.headers },
    })
    .asResponse();
}
