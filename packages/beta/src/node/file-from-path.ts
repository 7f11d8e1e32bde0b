import { guessMimeType } from './guess-mime-type.js';

/** Options of {@link fileFromPath}. */
export interface FileFromPathOptions {
  /** MIME type; default: guessed from the extension (`.pdf` → `application/pdf`), else none. */
  type?: string | undefined;
  /** File name sent with the upload; default: the path's base name. */
  name?: string | undefined;
}

/**
 * Reads a file from disk into a `File` for an upload (Node, Deno and Bun; `node:fs` is loaded only
 * when called). The whole file is read, so a retry can send it again.
 *
 * @example
 * import { fileFromPath } from '@anth/beta/node';
 * const uploaded = await files.upload({ file: fileFromPath('./report.pdf') });
 */
export async function fileFromPath(filePath: string, options: FileFromPathOptions = {}): Promise<File> {
  const [{ readFile, stat }, { basename }] = await Promise.all([import('node:fs/promises'), import('node:path')]);
  const [bytes, info] = await Promise.all([readFile(filePath), stat(filePath)]);
  const name = options.name ?? basename(filePath);
  return new File([bytes], name, { type: options.type ?? guessMimeType(name), lastModified: info.mtimeMs });
}
