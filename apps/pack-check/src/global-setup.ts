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
  }
}

/**
 * Packs every public package and installs the tarballs into one scratch project, once for all of
 * this app's test files (the examples that run and the type checks read the same install).
 */
export default function setup(project: TestProject): () => void {
  const scratch = mkdtempSync(join(tmpdir(), 'anth-pack-check-'));
  const packedProject = join(scratch, 'project');
  installTarballs(packedProject, packAll(publicPackages(), join(scratch, 'tarballs')));
  project.provide('packedProject', packedProject);
  return () => rmSync(scratch, { recursive: true, force: true });
}
