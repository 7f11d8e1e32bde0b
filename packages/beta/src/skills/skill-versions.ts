import type { Anthropic, APIPromise, CursorPage, PagePromise, RequestOptions } from '@anth/core';
import type {
  DeletedSkillVersion,
  SkillVersion,
  SkillVersionCreateParams,
  SkillVersionListParams,
  SkillVersionParams,
} from '../types/skills.js';
import { createSkillVersion } from './create-skill-version.js';
import { deleteSkillVersion } from './delete-skill-version.js';
import { downloadSkillVersion } from './download-skill-version.js';
import { listSkillVersions } from './list-skill-versions.js';
import { retrieveSkillVersion } from './retrieve-skill-version.js';

/**
 * Skill versions as a class (`skills.versions`): sugar over {@link createSkillVersion},
 * {@link retrieveSkillVersion}, {@link listSkillVersions}, {@link deleteSkillVersion} and
 * {@link downloadSkillVersion}.
 *
 * @example
 * const versions = new SkillVersions(client);
 * for await (const version of versions.list('skill_01…')) console.log(version.version);
 */
export class SkillVersions {
  constructor(private readonly client: Anthropic) {}

  /** See {@link createSkillVersion}. */
  create(skillId: string, params: SkillVersionCreateParams, options?: RequestOptions): APIPromise<SkillVersion> {
    return createSkillVersion(this.client, skillId, params, options);
  }

  /** See {@link retrieveSkillVersion}. */
  retrieve(version: string, params: SkillVersionParams, options?: RequestOptions): APIPromise<SkillVersion> {
    return retrieveSkillVersion(this.client, version, params, options);
  }

  /** See {@link listSkillVersions}. */
  list(
    skillId: string,
    params?: SkillVersionListParams,
    options?: RequestOptions,
  ): PagePromise<SkillVersion, CursorPage<SkillVersion>> {
    return listSkillVersions(this.client, skillId, params, options);
  }

  /** See {@link deleteSkillVersion}. */
  delete(version: string, params: SkillVersionParams, options?: RequestOptions): APIPromise<DeletedSkillVersion> {
    return deleteSkillVersion(this.client, version, params, options);
  }

  /** See {@link downloadSkillVersion}. */
  download(version: string, params: SkillVersionParams, options?: RequestOptions): Promise<Response> {
    return downloadSkillVersion(this.client, version, params, options);
  }
}
