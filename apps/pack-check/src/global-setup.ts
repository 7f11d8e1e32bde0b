import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { installTarballs, packAll } from './pack-and-install.js';
import { publicPackages } from './public-packages.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The scratch npm project outside the workspace where the packed tarballs are installed. */
    packedProject: string;
    /** The packed tarball of each public package, by name (for the other scratch projects). */
    tarballs: Record<string, string>;
  }
}

/**
 * Packs every public package and installs the tarballs into one scratch project, once for all of
 * this app's test files (the examples that run and the type checks read the same install).
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const scratch = mkdtempSync(join(tmpdir(), 'anth-pack-check-'));
  const packedProject = join(scratch, 'project');
  const tarballs = packAll(publicPackages(), join(scratch, 'tarballs'));
  await installTarballs(packedProject, tarballs);
  project.provide('packedProject', packedProject);
  project.provide('tarballs', Object.fromEntries(tarballs));
  return () => rmSync(scratch, { recursive: true, force: true });
}
