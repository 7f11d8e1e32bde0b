import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { entryPoints } from './entry-points.js';
import { publicPackages, WORKSPACE_ROOT } from './public-packages.js';
import {
  consumerTsconfig,
  TYPE_CHECK_SETUPS,
  typeConsumerSource,
  zodConsumerSource,
  type TypeCheckSetup,
} from './type-consumer.js';

const require = createRequire(import.meta.url);

interface Compiler {
  version: string;
  tsc: string;
}

/** A TypeScript installed as this app's dev dependency `alias` (`typescript-5` is `npm:typescript@5…`). */
function compiler(alias: string): Compiler {
  const manifestPath = require.resolve(`${alias}/package.json`);
  const { version } = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
  return { version, tsc: join(dirname(manifestPath), 'bin', 'tsc') };
}

/** The compilers users run: the 5.x line and the 6.x line (this workspace's own). */
const TYPESCRIPT_5 = compiler('typescript-5');
const TYPESCRIPT_6 = compiler('typescript');
const TYPESCRIPTS = [TYPESCRIPT_5, TYPESCRIPT_6];

/** Runs `tsc -p <tsconfig>`; resolves with its exit code and everything it printed. */
async function runTsc(tsc: string, tsconfig: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [tsc, '-p', tsconfig], {
      encoding: 'utf8',
      timeout: 180_000,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string; message: string };
    return {
      code: typeof failed.code === 'number' ? failed.code : 1,
      output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` || failed.message,
    };
  }
}

// What `tsc --strict --noEmit` says about the packed packages, without skipLibCheck, in a project that
// installed them from the tarballs (and not the optional peers: zod is not installed there).
describe('the packed declarations compile in a strict consumer project', () => {
  const project = inject('packedProject');
  const specifiers = publicPackages().flatMap(entryPoints);

  beforeAll(() => {
    for (const extension of ['.mts', '.cts', '.ts'])
      writeFileSync(join(project, `consumer${extension}`), typeConsumerSource(specifiers));
  });

  it('the consumer imports every entry point of every package, and zod is not installed', () => {
    expect(specifiers).toEqual(expect.arrayContaining(['@anth/core/internal', '@anth/beta/node']));
    expect(existsSync(join(project, 'node_modules', 'zod')), 'zod is an optional peer: not installed').toBe(false);
  });

  const check = async (
    typescript: (typeof TYPESCRIPTS)[number],
    setup: TypeCheckSetup,
    directory: string,
    files: string[],
  ) => {
    const tsconfig = join(directory, `tsconfig.${typescript.version}.${setup.name.replace(/\W+/g, '-')}.json`);
    writeFileSync(tsconfig, consumerTsconfig(setup, files));
    const { code, output } = await runTsc(typescript.tsc, tsconfig);
    expect(code, `tsc ${typescript.version} (${setup.name}) said:\n${output}`).toBe(0);
  };

  for (const typescript of TYPESCRIPTS)
    for (const setup of TYPE_CHECK_SETUPS)
      it(`TypeScript ${typescript.version}, ${setup.name}`, () =>
        check(
          typescript,
          setup,
          project,
          setup.files.map((extension) => `consumer${extension}`),
        ));

  // With the optional peer installed, its real types fit what @anth/beta accepts.
  describe('with zod installed', () => {
    const withZod = join(project, 'with-zod');
    beforeAll(async () => {
      mkdirSync(withZod, { recursive: true });
      const betaManifest = JSON.parse(readFileSync(join(WORKSPACE_ROOT, 'packages/beta/package.json'), 'utf8')) as {
        devDependencies: Record<string, string>;
      };
      writeFileSync(
        join(withZod, 'package.json'),
        JSON.stringify({
          name: 'with-zod',
          private: true,
          type: 'module',
          dependencies: { zod: betaManifest.devDependencies['zod'] },
        }),
      );
      await promisify(execFile)('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', '--ignore-scripts'], {
        cwd: withZod,
        timeout: 180_000,
      });
      for (const extension of ['.mts', '.ts'])
        writeFileSync(join(withZod, `consumer${extension}`), zodConsumerSource());
    });

    // One case per compiler, each under the other resolution: zod's own declarations are not ours to
    // check in every combination, what @anth/beta accepts of them is.
    const [nodenext, bundler] = TYPE_CHECK_SETUPS as [TypeCheckSetup, TypeCheckSetup];
    for (const [typescript, setup] of [
      [TYPESCRIPT_5, nodenext],
      [TYPESCRIPT_6, bundler],
    ] as const)
      it(`TypeScript ${typescript.version}, ${setup.name}`, () =>
        check(
          typescript,
          setup,
          withZod,
          setup.files.filter((extension) => extension !== '.cts').map((extension) => `consumer${extension}`),
        ));
  });
});
