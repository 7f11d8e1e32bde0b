import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A publishable workspace package. */
export interface PublicPackage {
  name: string;
  directory: string;
  version: string;
}

/** The workspace root (this app lives at apps/pack-check). */
export const WORKSPACE_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Every package under packages/ that is not private, in directory order. */
export function publicPackages(): PublicPackage[] {
  const packagesDir = join(WORKSPACE_ROOT, 'packages');
  return readdirSync(packagesDir)
    .map((entry) => join(packagesDir, entry))
    .flatMap((directory) => {
      const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as {
        name: string;
        version: string;
        private?: boolean;
      };
      return manifest.private ? [] : [{ name: manifest.name, directory, version: manifest.version }];
    });
}
