import {
  createSkillId,
  createSkillVersionId,
  type BetaStore,
  type StoredSkill,
  type StoredSkillVersion,
} from '../beta/beta-store.js';
import { createZip } from '../beta/create-zip.js';
import { paginateCursor } from '../beta/paginate-cursor.js';
import { readMultipart } from '../beta/read-multipart.js';
import { readSkillUpload } from '../beta/read-skill-upload.js';
import { createErrorResponse } from '../errors.js';
import { createJsonResponse } from '../json-response.js';
import type { RouteContext, RouteHandler } from '../route-context.js';
import type { Route } from '../route-table.js';
import { invalidRequest } from './invalid-request.js';

const MAX_PAGE_SIZE = 100;

/**
 * The Skills API routes (`/v1/skills…` and versions) over one emulator's store. No beta header is
 * needed (the SDKs stopped sending `skills-2025-10-02`); one sent anyway is accepted. Uploads use
 * multipart `files[]` parts named by their path under the skill's directory, checked as the API does.
 *
 * @example
 * routes: [...createSkillRoutes(beta)]
 */
export function createSkillRoutes(store: BetaStore): Route[] {
  const withStore =
    (handler: (context: RouteContext, store: BetaStore) => Response | Promise<Response>): RouteHandler =>
    (context) =>
      handler(context, store);
  return [
    { pattern: /^\/v1\/skills$/, methods: { POST: withStore(createSkill), GET: withStore(listSkills) } },
    {
      pattern: /^\/v1\/skills\/(?<skill_id>[^/]+)$/,
      methods: { GET: withStore(retrieveSkill), DELETE: withStore(deleteSkill) },
    },
    {
      pattern: /^\/v1\/skills\/(?<skill_id>[^/]+)\/versions$/,
      methods: { POST: withStore(createVersion), GET: withStore(listVersions) },
    },
    {
      pattern: /^\/v1\/skills\/(?<skill_id>[^/]+)\/versions\/(?<version>[^/]+)$/,
      methods: { GET: withStore(retrieveVersion), DELETE: withStore(deleteVersion) },
    },
    {
      pattern: /^\/v1\/skills\/(?<skill_id>[^/]+)\/versions\/(?<version>[^/]+)\/content$/,
      methods: { GET: withStore(downloadVersion) },
    },
  ];
}

function toWireSkill(skill: StoredSkill): Record<string, unknown> {
  return {
    id: skill.id,
    type: 'skill',
    source: skill.source,
    display_title: skill.displayTitle,
    latest_version: skill.versions[0]?.version ?? null,
    created_at: skill.createdAt,
    updated_at: skill.updatedAt,
  };
}

function toWireVersion(version: StoredSkillVersion): Record<string, unknown> {
  return {
    id: version.id,
    type: 'skill_version',
    skill_id: version.skillId,
    version: version.version,
    name: version.name,
    description: version.description,
    directory: version.directory,
    created_at: version.createdAt,
  };
}

async function createSkill(context: RouteContext, store: BetaStore): Promise<Response> {
  const form = await readMultipart(context);
  if (form instanceof Response) return form;
  const upload = await readSkillUpload(form.getAll('files[]'));
  if (typeof upload === 'string') return invalidRequest(context, upload);
  const title = form.get('display_title');
  const now = new Date().toISOString();
  const skill: StoredSkill = {
    id: createSkillId(),
    source: 'custom',
    displayTitle: typeof title === 'string' ? title : null,
    createdAt: now,
    updatedAt: now,
    versions: [],
  };
  skill.versions.unshift(newVersion(skill, upload, now));
  store.skills.set(skill.id, skill);
  return createJsonResponse(toWireSkill(skill));
}

/** `GET /v1/skills`: newest first, cursor pages, `source` filter. */
function listSkills(context: RouteContext, store: BetaStore): Response {
  const source = context.recorded.query.get('source');
  if (source !== null && source !== 'custom' && source !== 'anthropic')
    return invalidRequest(context, "source: Input should be 'custom' or 'anthropic'");
  const skills = [...store.skills.values()].reverse().filter((skill) => source === null || skill.source === source);
  const result = paginateCursor(skills.map(toWireSkill), context.recorded.query, MAX_PAGE_SIZE);
  return 'error' in result ? invalidRequest(context, result.error) : createJsonResponse(result.page);
}

function retrieveSkill(context: RouteContext, store: BetaStore): Response {
  const skill = findSkill(context, store);
  return skill instanceof Response ? skill : createJsonResponse(toWireSkill(skill));
}

function deleteSkill(context: RouteContext, store: BetaStore): Response {
  const skill = findSkill(context, store);
  if (skill instanceof Response) return skill;
  if (skill.source === 'anthropic')
    return invalidRequest(context, `Skill ${skill.id} is provided by Anthropic and cannot be deleted.`);
  if (skill.versions.length > 0)
    return invalidRequest(
      context,
      `Skill ${skill.id} still has ${skill.versions.length} version(s); delete every version before deleting the skill.`,
    );
  store.skills.delete(skill.id);
  return createJsonResponse({ id: skill.id, type: 'skill_deleted' });
}

async function createVersion(context: RouteContext, store: BetaStore): Promise<Response> {
  const skill = findSkill(context, store);
  if (skill instanceof Response) return skill;
  if (skill.source === 'anthropic')
    return invalidRequest(context, `Skill ${skill.id} is provided by Anthropic; versions cannot be added.`);
  const form = await readMultipart(context);
  if (form instanceof Response) return form;
  const upload = await readSkillUpload(form.getAll('files[]'));
  if (typeof upload === 'string') return invalidRequest(context, upload);
  const now = new Date().toISOString();
  const version = newVersion(skill, upload, now);
  skill.versions.unshift(version);
  skill.updatedAt = now;
  return createJsonResponse(toWireVersion(version));
}

function listVersions(context: RouteContext, store: BetaStore): Response {
  const skill = findSkill(context, store);
  if (skill instanceof Response) return skill;
  const result = paginateCursor(skill.versions.map(toWireVersion), context.recorded.query, MAX_PAGE_SIZE);
  return 'error' in result ? invalidRequest(context, result.error) : createJsonResponse(result.page);
}

function retrieveVersion(context: RouteContext, store: BetaStore): Response {
  const found = findVersion(context, store);
  return found instanceof Response ? found : createJsonResponse(toWireVersion(found.version));
}

function deleteVersion(context: RouteContext, store: BetaStore): Response {
  const found = findVersion(context, store);
  if (found instanceof Response) return found;
  const { skill, version } = found;
  if (skill.source === 'anthropic')
    return invalidRequest(context, `Skill ${skill.id} is provided by Anthropic; its versions cannot be deleted.`);
  skill.versions = skill.versions.filter((candidate) => candidate !== version);
  skill.updatedAt = new Date().toISOString();
  return createJsonResponse({ id: version.version, type: 'skill_version_deleted' });
}

/** `GET …/versions/{version}/content`: the version's files as a ZIP archive. */
function downloadVersion(context: RouteContext, store: BetaStore): Response {
  const found = findVersion(context, store);
  if (found instanceof Response) return found;
  const archive = createZip(found.version.files);
  return new Response(archive, {
    headers: {
      'content-type': 'application/zip',
      'content-length': String(archive.length),
      'content-disposition': `attachment; filename="${found.version.directory}.zip"`,
    },
  });
}

function newVersion(
  skill: StoredSkill,
  upload: Exclude<Awaited<ReturnType<typeof readSkillUpload>>, string>,
  createdAt: string,
): StoredSkillVersion {
  // Versions are Unix timestamps in microseconds; kept strictly increasing within one skill.
  const previous = Number(skill.versions[0]?.version ?? 0);
  const version = String(Math.max(Date.now() * 1000, previous + 1));
  return {
    id: createSkillVersionId(),
    skillId: skill.id,
    version,
    name: upload.name,
    description: upload.description,
    directory: upload.directory,
    createdAt,
    files: upload.files,
  };
}

function findSkill(context: RouteContext, store: BetaStore): StoredSkill | Response {
  const id = context.params['skill_id'] ?? '';
  return (
    store.skills.get(id) ??
    createErrorResponse({ requestId: context.requestId, status: 404, message: `Skill not found: ${id}` })
  );
}

function findVersion(
  context: RouteContext,
  store: BetaStore,
): { skill: StoredSkill; version: StoredSkillVersion } | Response {
  const skill = findSkill(context, store);
  if (skill instanceof Response) return skill;
  const wanted = context.params['version'] ?? '';
  const version =
    wanted === 'latest' ? skill.versions[0] : skill.versions.find((candidate) => candidate.version === wanted);
  return version
    ? { skill, version }
    : createErrorResponse({
        requestId: context.requestId,
        status: 404,
        message: `Skill version not found: ${skill.id} ${wanted}`,
      });
}
