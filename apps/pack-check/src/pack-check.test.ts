import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '@anth/emulator/node';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { entryPoints } from './entry-points.js';
import { cjsExample, esmExample } from './example-scripts.js';
import { publicPackages } from './public-packages.js';

// The release dry run: what `pnpm publish -r` would ship, installed the way a user installs it.
describe('packed tarballs installed outside the workspace', () => {
  const packages = publicPackages();
  // Packed and installed by global-setup.ts.
  const project = inject('packedProject');
  let server: RunningEmulator;

  beforeAll(async () => {
    server = await startEmulator();
  });
  afterAll(async () => {
    await server?.close();
  });

  // Asynchronous on purpose: the emulator serves from this process, so a synchronous child would deadlock.
  const run = async (file: string, source: string): Promise<Record<string, unknown>> => {
    writeFileSync(join(project, file), source);
    const { stdout: output } = await promisify(execFile)(process.execPath, [file], {
      cwd: project,
      encoding: 'utf8',
      timeout: 30_000,
      env: {
        ...process.env,
        ANTHROPIC_BASE_URL: server.url,
        ANTHROPIC_API_KEY: 'sk-ant-emulator',
        ANTHROPIC_AUTH_TOKEN: '',
      },
    });
    return JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as Record<string, unknown>;
  };
  // Every entry point (`@anth/core/internal`, `@anth/beta/node`, …), not only the packages' main ones.
  const others = (): string[] =>
    packages.flatMap(entryPoints).filter((name) => name !== '@anth/core' && name !== '@anth/messages');

  it('every packed manifest has its workspace: ranges rewritten to real versions', () => {
    for (const pkg of packages) {
      const manifest = JSON.parse(
        readFileSync(join(project, 'node_modules', ...pkg.name.split('/'), 'package.json'), 'utf8'),
      ) as Record<string, Record<string, string> | undefined>;
      const ranges = { ...manifest['dependencies'], ...manifest['peerDependencies'] };
      for (const [name, range] of Object.entries(ranges))
        expect(range, `${pkg.name} → ${name}`).not.toMatch(/^workspace:/);
    }
  });

  it('an ESM example runs against the emulator: message, stream, error class, every package loads', async () => {
    const result = await run('example.mjs', esmExample(others()));
    expect(result).toMatchObject({ reply: 'text', streamed: true, errorClass: 'NotFoundError' });
    for (const name of others()) expect((result['others'] as Record<string, number>)[name], name).toBeGreaterThan(0);
  });

  it('the CJS flavour runs too, with named requires', async () => {
    const result = await run('example.cjs', cjsExample(others()));
    expect(result).toMatchObject({ reply: 'text', errorClass: 'NotFoundError' });
    for (const name of others()) expect((result['others'] as Record<string, number>)[name], name).toBeGreaterThan(0);
  });
});
