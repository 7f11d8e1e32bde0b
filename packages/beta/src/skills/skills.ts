import type { Anthropic, APIPromise, CursorPage, PagePromise, RequestOptions } from '@anth/core';
import type { BetaWorkspaceRequestOptions } from '../beta-request-options.js';
import type { DeletedSkill, Skill, SkillCreateParams, SkillListParams } from '../types/skills.js';
import { createSkill } from './create-skill.js';
import { deleteSkill } from './delete-skill.js';
import { listSkills } from './list-skills.js';
import { retrieveSkill } from './retrieve-skill.js';
import { SkillVersions } from './skill-versions.js';

/**
 * The Skills API as a class: sugar over {@link createSkill}, {@link retrieveSkill},
 * {@link listSkills} and {@link deleteSkill}, with `versions` for the version functions.
 *
 * @example
 * const skills = new Skills(client);
 * const skill = await skills.create({ display_title: 'Greeter', files });
 * const versions = await skills.versions.list(skill.id);
 */
export class Skills {
  #versions: SkillVersions | undefined;

  constructor(private readonly client: Anthropic) {}

  /** The versions of skills; made on first use. */
  get versions(): SkillVersions {
    return (this.#versions ??= new SkillVersions(this.client));
  }

  /** See {@link createSkill}. */
  create(params: SkillCreateParams, options?: RequestOptions): APIPromise<Skill> {
    return createSkill(this.client, params, options);
  }

  /** See {@link retrieveSkill}. */
  retrieve(skillId: string, options?: BetaWorkspaceRequestOptions): APIPromise<Skill> {
    return retrieveSkill(this.client, skillId, options);
  }

  /** See {@link listSkills}. */
  list(params?: SkillListParams, options?: RequestOptions): PagePromise<Skill, CursorPage<Skill>> {
    return listSkills(this.client, params, options);
  }

  /** See {@link deleteSkill}. */
  delete(skillId: string, options?: BetaWorkspaceRequestOptions): APIPromise<DeletedSkill> {
    return deleteSkill(this.client, skillId, options);
  }
}
