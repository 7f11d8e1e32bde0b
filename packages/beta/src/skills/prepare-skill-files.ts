import { AnthropicError } from '@anth/core';
import { toUploadFile } from '../files/to-upload-file.js';
import type { Uploadable } from '../types/uploadable.js';

/**
 * The files of a skill upload, named by their path under the skill's top-level directory
 * (`my-skill/SKILL.md`, `my-skill/scripts/run.py`), checked before anything is sent: the API wants
 * every file under one top-level directory, with `SKILL.md` directly in it. A browser `File` from a
 * directory picker is named by its `webkitRelativePath`; Windows separators become `/`.
 *
 * @example
 * const files = await prepareSkillFiles([new File([markdown], 'greeter/SKILL.md')]);
 */
export async function prepareSkillFiles(uploads: readonly Uploadable[]): Promise<File[]> {
  if (!Array.isArray(uploads) || uploads.length === 0) {
    throw new AnthropicError('files: a skill needs at least one file, including <directory>/SKILL.md.');
  }
  const files = await Promise.all(
    uploads.map((upload, index) => toUploadFile(upload, `files[${index}]`).then(withRelativePath)),
  );
  const directories = new Set<string>();
  for (const file of files) {
    const [directory, ...rest] = file.name.split('/');
    if (!directory || rest.length === 0 || rest.some((segment) => segment === '' || segment === '..')) {
      throw new AnthropicError(
        `Skill file ${JSON.stringify(file.name)} must be named with its path under the skill's top-level directory (e.g. "my-skill/SKILL.md"). Use toFile(data, 'my-skill/SKILL.md'), or skillFilesFromDirectory() from @anth/beta/node.`,
      );
    }
    directories.add(directory);
  }
  if (directories.size > 1) {
    throw new AnthropicError(
      `Skill files must all be under one top-level directory; got ${[...directories].map((name) => JSON.stringify(name)).join(', ')}.`,
    );
  }
  const [directory] = directories;
  if (!files.some((file) => file.name === `${directory}/SKILL.md`)) {
    throw new AnthropicError(
      `A skill needs SKILL.md directly in its top-level directory: "${directory}/SKILL.md" is missing.`,
    );
  }
  return files;
}

function withRelativePath(file: File): File {
  const relative = (file as File & { webkitRelativePath?: string }).webkitRelativePath;
  const name = (relative || file.name).replace(/\\/g, '/').replace(/^\.\//, '');
  return name === file.name ? file : new File([file], name, { type: file.type, lastModified: file.lastModified });
}
