import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// The release dry run's packing, reused as is: `pnpm pack` rewrites `workspace:` ranges as a publish does.
import { packAll } from '../../../pack-check/src/pack-and-install.js';
import { BENCH_ROOT, WORKSPACE_ROOT } from '../paths.js';

/** The @anth packages the fresh-process measures import, by folder under packages/. */
const ANTH_PACKAGES = ['core', 'messages', 'batches', 'bedrock'];
/** The bench app's dev dependencies installed beside them, at the app's exact pins. */
const THIRD_PARTY = ['@anthropic-ai/sdk', '@anthropic-ai/bedrock-sdk', 'aws4fetch'];

export interface ScratchProject {
  directory: string;
  remove(): void;
}

/**
 * A plain npm project outside the workspace, the way a user's project gets the SDKs: the @anth
 * packages packed with `pnpm pack` and installed from their tarballs (every `@anth/*` overridden to
 * its tarball, so `@anth/messages` gets the packed core), plus the official SDKs and aws4fetch from
 * the registry at the bench app's pins, all by one `npm install`; then the child scripts of
 * apps/bench/children copied in. Nothing resolves through workspace links.
 *
 * @example
 * const project = createScratchProject();
 * try { await runChild('cold-start-anth.mjs', [url], project.directory, 30_000); } finally { project.remove(); }
 */
export function createScratchProject(): ScratchProject {
  const directory = mkdtempSync(join(tmpdir(), 'anth-bench-'));
  const remove = () => rmSync(directory, { recursive: true, force: true });
  try {
    const tarballs = packAll(
      ANTH_PACKAGES.map((folder) => {
        const packageDir = join(WORKSPACE_ROOT, 'packages', folder);
        const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as Record<string, string>;
        return { name: manifest['name'] as string, version: manifest['version'] as string, directory: packageDir };
      }),
      join(directory, 'tarballs'),
    );
    const project = join(directory, 'project');
    mkdirSync(project);
    const anth = Object.fromEntries([...tarballs].map(([name, file]) => [name, `file:${file}`]));
    const dependencies = { ...anth, ...benchPins(THIRD_PARTY) };
    const manifest = { name: 'anth-bench-scratch', private: true, type: 'module', dependencies, overrides: anth };
    writeFileSync(join(project, 'package.json'), JSON.stringify(manifest, null, 2));
    execFileSync(
      'npm',
      ['install', '--no-audit', '--no-fund', '--loglevel=error', '--ignore-scripts', '--prefer-offline'],
      {
        cwd: project,
        stdio: 'pipe',
        timeout: 300_000,
      },
    );
    const children = join(BENCH_ROOT, 'children');
    for (const file of readdirSync(children)) cpSync(join(children, file), join(project, file));
    return { directory: project, remove };
  } catch (error) {
    remove();
    throw error;
  }
}

/** The exact versions apps/bench/package.json pins for `names`. */
function benchPins(names: readonly string[]): Record<string, string> {
  const manifest = JSON.parse(readFileSync(join(BENCH_ROOT, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
  };
  return Object.fromEntries(
    names.map((name) => {
      const version = manifest.devDependencies[name];
      if (!version) throw new Error(`apps/bench/package.json pins no ${name}`);
      return [name, version];
    }),
  );
}
