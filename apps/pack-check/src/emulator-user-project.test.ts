import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { installTarballs } from './pack-and-install.js';
import { WORKSPACE_ROOT } from './public-packages.js';
import { readmeFiles } from './readme-files.js';

const execFileAsync = promisify(execFile);
const require = createRequire(import.meta.url);

const EMULATOR_README = join(WORKSPACE_ROOT, 'packages/emulator/README.md');
/** What the user's project installs: the packed packages it uses, and vitest from the registry. */
const PACKED = ['@anth/emulator', '@anth/core', '@anth/messages'];
const VITEST_VERSION = (
  JSON.parse(readFileSync(join(WORKSPACE_ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }
).devDependencies['vitest'];

/** The environment of a user's shell: nothing of this vitest run, nothing that points a client elsewhere. */
function userEnvironment(): NodeJS.ProcessEnv {
  const leaked = /^(VITEST|VITE_|TEST$|NODE_ENV$|NODE_OPTIONS$|FORCE_COLOR$|ANTHROPIC_)/;
  return {
    ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !leaked.test(name))),
    NO_COLOR: '1',
    CI: 'true',
  };
}

// The promise: a project outside the workspace installs the packed @anth/emulator and tests
// its own code with it. The two files are the README's example ("A vitest test of your own code"),
// so the README shows what runs here.
describe('a user project tests its own code with vitest against the packed @anth/emulator', () => {
  const files = readmeFiles(EMULATOR_README);
  const scratch = mkdtempSync(join(tmpdir(), 'anth-emulator-user-'));
  const project = join(scratch, 'project');

  beforeAll(async () => {
    const tarballs = inject('tarballs');
    const packed = new Map(PACKED.map((name) => [name, tarballs[name] ?? '']));
    for (const [name, file] of packed) if (!file) throw new Error(`${name} was not packed`);
    if (!VITEST_VERSION) throw new Error('no vitest in the workspace devDependencies');
    await installTarballs(project, packed, { vitest: VITEST_VERSION });
    for (const file of files) {
      mkdirSync(dirname(join(project, file.path)), { recursive: true });
      writeFileSync(join(project, file.path), file.source);
    }
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('the README marks a module under test and a vitest file scripting replies and faults, served and in process', () => {
    expect(files.map((file) => file.path)).toEqual(['src/summarize.ts', 'src/summarize.test.ts']);
    const test = files[1]?.source ?? '';
    for (const used of ['startEmulator(', 'createEmulatorFetch(', '.script(', '.fault(', "from 'vitest'"])
      expect(test, used).toContain(used);
  });

  it('`npx vitest run` passes every test of the README example', async () => {
    const report = join(scratch, 'vitest-report.json');
    const run = await execFileAsync('npx', ['vitest', 'run', '--reporter=json', `--outputFile=${report}`], {
      cwd: project,
      env: userEnvironment(),
      timeout: 120_000,
    }).catch((error: { stdout?: string; stderr?: string; message: string }) => {
      throw new Error(`npx vitest run failed:\n${error.stdout ?? ''}${error.stderr ?? ''}${error.message}`);
    });
    const result = JSON.parse(readFileSync(report, 'utf8')) as {
      success: boolean;
      numTotalTests: number;
      numPassedTests: number;
    };
    const declared = (files[1]?.source.match(/^it\(/gm) ?? []).length;
    expect(declared).toBeGreaterThanOrEqual(3);
    expect(result, run.stderr).toMatchObject({ success: true, numTotalTests: declared, numPassedTests: declared });
  });

  it('`npx @anth/emulator --help` runs the packed bin', async () => {
    const { stdout } = await execFileAsync('npx', ['@anth/emulator', '--help'], {
      cwd: project,
      env: userEnvironment(),
      timeout: 60_000,
    });
    expect(stdout).toContain('Usage: anth-emulator [--port <n>] [--host <address>] [--backend <name>]...');
  });

  it('and type-checks under strict TypeScript (nodenext)', async () => {
    const tsconfig = join(project, 'tsconfig.json');
    writeFileSync(
      tsconfig,
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'ES2022',
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          types: [],
          // Ours are checked without skipLibCheck in type-check.test.ts; vitest's own need @types/node.
          skipLibCheck: true,
        },
        include: ['src'],
      }),
    );
    const tsc = join(dirname(require.resolve('typescript/package.json')), 'bin', 'tsc');
    const output = await execFileAsync(process.execPath, [tsc, '-p', tsconfig], { timeout: 120_000 }).then(
      () => '',
      (error: { stdout?: string; message: string }) => error.stdout || error.message,
    );
    expect(output).toBe('');
  });
});
