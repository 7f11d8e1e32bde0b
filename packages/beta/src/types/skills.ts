/** Skills API shapes (`/v1/skills`; no beta needed under API version 2026-10-21). */
import type { Uploadable } from './uploadable.js';

/**
 * A skill: a named, versioned folder of instructions and files that code execution can load
 * (`container: { skills: [{ type: 'custom', skill_id }] }`).
 */
export interface Skill {
  /** Skill id (`skill_…`). */
  id: string;

  /** RFC 3339 creation time. */
  created_at: string;

  /** Human-readable title, or `null`. */
  display_title: string | null;

  /** The newest version (e.g. `1759178010641129`), or `null` when it has none. */
  latest_version: string | null;

  /** `custom` (yours) or `anthropic` (built in). */
  source: string;

  /** Always `skill`. */
  type: string;

  /** RFC 3339 time of the last change. */
  updated_at: string;
}

/** One uploaded version of a skill. */
export interface SkillVersion {
  /** Version id (`skillver_…`). */
  id: string;

  /** RFC 3339 creation time. */
  created_at: string;

  /** `description` from the version's `SKILL.md` frontmatter. */
  description: string;

  /** The top-level directory of the upload. */
  directory: string;

  /** `name` from the version's `SKILL.md` frontmatter. */
  name: string;

  skill_id: string;

  /** Always `skill_version`. */
  type: string;

  /** The version (a Unix timestamp in microseconds, as a string). */
  version: string;
}

/**
 * Body of `skills.create()`. Every file's name must keep its path under one top-level directory
 * that holds `SKILL.md` (`my-skill/SKILL.md`, `my-skill/scripts/run.py`); the SDK checks this
 * before sending.
 *
 * @example
 * await skills.create({ display_title: 'Greeter', files: [new File([markdown], 'greeter/SKILL.md')] });
 */
export interface SkillCreateParams {
  /** The skill's files, names directory-qualified. */
  files: Uploadable[];

  /** Human-readable title. */
  display_title?: string | null;

  /** Beta names for `anthropic-beta`, added to the client's default (the Skills API needs none). */
  betas?: string[];

  /** SDK-only: not sent in the body. Sent as the `anthropic-workspace-id` header, to act in that workspace. */
  workspace_id?: string;
}

/** Query of `skills.list()` (cursor pagination). */
export interface SkillListParams {
  /** Items per page, at most 100. */
  limit?: number | null;

  /** The `next_page` cursor of the previous page. */
  page?: string | null;

  /** Only `custom` or only `anthropic` skills. */
  source?: 'custom' | 'anthropic' | null;

  /** Beta names for `anthropic-beta`, added to the client's default; not sent in the query. */
  betas?: string[];

  /** SDK-only: not sent in the query. Sent as the `anthropic-workspace-id` header, to act in that workspace. */
  workspace_id?: string;
}

/** Response of `skills.delete()`. */
export interface DeletedSkill {
  id: string;

  /** `skill_deleted`. */
  type: string;
}

/** Body of `skills.versions.create()`: the files, laid out as for `skills.create()`. */
export interface SkillVersionCreateParams {
  files: Uploadable[];

  /** Beta names for `anthropic-beta`, added to the client's default. */
  betas?: string[];

  /** SDK-only: not sent in the body. Sent as the `anthropic-workspace-id` header, to act in that workspace. */
  workspace_id?: string;
}

/** Query of `skills.versions.list()` (cursor pagination). */
export interface SkillVersionListParams {
  limit?: number | null;

  page?: string | null;

  /** Beta names for `anthropic-beta`, added to the client's default; not sent in the query. */
  betas?: string[];

  /** SDK-only: not sent in the query. Sent as the `anthropic-workspace-id` header, to act in that workspace. */
  workspace_id?: string;
}

/**
 * The skill a version belongs to, for `versions.retrieve` / `delete` / `download`.
 *
 * @example
 * await skills.versions.retrieve('1759178010641129', { skill_id: 'skill_01…' });
 */
export interface SkillVersionParams {
  skill_id: string;

  /** Beta names for `anthropic-beta`, added to the client's default. */
  betas?: string[];

  /** SDK-only: sent as the `anthropic-workspace-id` header, to act in that workspace. */
  workspace_id?: string;
}

/** Response of `skills.versions.delete()`. */
export interface DeletedSkillVersion {
  /** The deleted version (its `version`, e.g. `1759178010641129`). */
  id: string;

  /** `skill_version_deleted`. */
  type: string;
}
