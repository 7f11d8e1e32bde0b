import { guessMimeType } from './guess-mime-type.js';

/**
 * Every file under a skill's directory, named `<directory name>/<relative path>` as skill uploads
 * require (`greeter/SKILL.md`, `greeter/scripts/run.py`), in a stable order. `node:fs` is loaded
 * only when called.
 *
 * @example
 * import { skillFilesFromDirectory } from '@anth/beta/node';
 * const skill = await skills.create({ display_title: 'Greeter', files: await skillFilesFromDirectory('./skills/greeter') });
 */
export async function skillFilesFromDirectory(directory: string): Promise<File[]> {
  const [{ readdir, readFile }, { basename, join, relative, resolve, sep }] = await Promise.all([
    import('node:fs/promises'),
    import('node:path'),
  ]);
  const root = resolve(directory);
  const top = basename(root);
  const paths: string[] = [];
  const walk = async (current: string): Promise<void> => {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile()) paths.push(full);
    }
  };
  await walk(root);
  paths.sort();
  return Promise.all(
    paths.map(async (full) => {
      const name = `${top}/${relative(root, full).split(sep).join('/')}`;
      return new File([await readFile(full)], name, { type: guessMimeType(name) });
    }),
  );
}
