import type { SkillFile } from './beta-store.js';

/** A skill upload that passed the API's checks. */
export interface SkillUpload {
  files: SkillFile[];
  directory: string;
  /** From the SKILL.md frontmatter. */
  name: string;
  description: string;
}

/**
 * Checks the `files[]` parts of a skill upload as the API does — every file named by its path
 * under one top-level directory, `SKILL.md` directly in it, with YAML frontmatter giving `name` and
 * `description` — and returns the upload, or the 400 message.
 *
 * @example
 * const upload = await readSkillUpload(form.getAll('files[]'));
 * if (typeof upload === 'string') return invalidRequest(context, upload);
 */
export async function readSkillUpload(parts: FormDataEntryValue[]): Promise<SkillUpload | string> {
  const uploads = parts.filter((part): part is File => typeof part !== 'string');
  if (uploads.length === 0) return 'files: at least one file is required';
  const files: SkillFile[] = [];
  const directories = new Set<string>();
  for (const file of uploads) {
    const segments = file.name.split('/');
    if (segments.length < 2 || segments.some((segment) => segment === '' || segment === '.' || segment === '..')) {
      return `files: "${file.name}" is not inside a top-level directory; every file must be under the skill's directory (e.g. "my-skill/SKILL.md")`;
    }
    directories.add(segments[0] as string);
    files.push({ path: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  }
  if (directories.size > 1)
    return `files: all files must be in the same top-level directory; found ${[...directories].join(', ')}`;
  const [directory = ''] = directories;
  const skillFile = files.find((file) => file.path === `${directory}/SKILL.md`);
  if (!skillFile) return 'SKILL.md file must be exactly in the top-level folder.';
  const frontmatter = readFrontmatter(new TextDecoder().decode(skillFile.bytes));
  const name = frontmatter['name'];
  const description = frontmatter['description'];
  if (!name || !description) return 'SKILL.md must start with YAML frontmatter that sets `name` and `description`.';
  return { files, directory, name, description };
}

/** `key: value` lines between the leading `---` fences; quotes around a value are dropped. */
function readFrontmatter(text: string): Record<string, string> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  const fields: Record<string, string> = {};
  for (const line of match?.[1]?.split(/\r?\n/) ?? []) {
    const colon = line.indexOf(':');
    if (colon <= 0 || /^\s/.test(line)) continue;
    fields[line.slice(0, colon).trim()] = line
      .slice(colon + 1)
      .trim()
      .replace(/^(['"])(.*)\1$/, '$2');
  }
  return fields;
}
