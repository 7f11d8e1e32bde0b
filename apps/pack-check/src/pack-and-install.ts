import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { PublicPackage } from './public-packages.js';

/**
 * Packs each package with `pnpm pack` (which rewrites `workspace:` ranges the way `pnpm publish`
 * does) into `tarballDir`, and returns the tarball path of each package by name.
 */
export function packAll(packages: readonly PublicPackage[], tarballDir: string): Map<string, string> {
  mkdirSync(tarballDir, { recursive: true });
  const tarballs = new Map<string, string>();
  for (const pkg of packages) {
    const before = new Set(readdirSync(tarballDir));
    execFileSync('pnpm', ['pack', '--pack-destination', tarballDir], { cwd: pkg.directory, stdio: 'pipe' });
    const created = readdirSync(tarballDir).find((file) => !before.has(file) && file.endsWith('.tgz'));
    if (!created) throw new Error(`pnpm pack produced no tarball for ${pkg.name}`);
    tarballs.set(pkg.name, join(tarballDir, created));
  }
  return tarballs;
}

/**
 * Creates a plain npm project at `projectDir` (outside the workspace, so nothing resolves through
 * workspace links) that depends on the tarballs (and on `fromRegistry`, name to version), and
 * installs it from the registry. Every @anth package is overridden to its tarball, so a published
 * package's dependency on `@anth/core` gets the packed core, exactly as a registry install of a
 * release would.
 */
export async function installTarballs(
  projectDir: string,
  tarballs: ReadonlyMap<string, string>,
  fromRegistry: Readonly<Record<string, string>> = {},
): Promise<void> {
  mkdirSync(projectDir, { recursive: true });
  const packed = Object.fromEntries([...tarballs].map(([name, file]) => [name, `file:${file}`]));
  writeFileSync(
    join(projectDir, 'package.json'),
    JSON.stringify(
      {
        name: 'anth-pack-check',
        private: true,
        type: 'module',
        dependencies: { ...packed, ...fromRegistry },
        overrides: packed,
      },
      null,
      2,
    ),
  );
  // Asynchronous, so a test worker installing a project of its own stays responsive meanwhile.
  await promisify(execFile)('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', '--ignore-scripts'], {
    cwd: projectDir,
    timeout: 180_000,
  });
}
