import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createBedrockEmulator,
  createEmulator,
  EMULATOR_API_KEY,
  startEmulatorServer,
  type EmulatorServer,
  type RecordedRequest,
} from '@anth-apps/emulator';
import { build } from 'esbuild';
import type { SnippetRun } from './snippet-runs.js';

/** src/snippets, where the snippet files live. */
export const SNIPPETS_DIR = fileURLToPath(new URL('.', import.meta.url));
// Transpiled snippets go under this app's node_modules, so their imports resolve as a user's would.
const BUILD_DIR = fileURLToPath(new URL('../../node_modules/.cache/snippets/', import.meta.url));
const TIMEOUT_MS = 30_000;
const FOUNDRY_KEY = 'foundry-emulator-key';
// The Bedrock emulator's default credentials, as AWS's default chain reads them from the environment.
const AWS_KEYS = { AWS_ACCESS_KEY_ID: 'AKIDEMULATOR', AWS_SECRET_ACCESS_KEY: 'emulator-secret-access-key' };

/** What a snippet printed, how it ended, and what the emulator saw. */
export interface SnippetResult {
  stdout: string;
  stderr: string;
  exitCode: number | null;
  /** `METHOD /path` of every request the emulator received, in order. */
  requests: string[];
  recorded: readonly RecordedRequest[];
}

/**
 * Runs one snippet file as a user would run their program: a Node process of its own, configured
 * only by the environment (`ANTHROPIC_BASE_URL` and `ANTHROPIC_API_KEY`, or the cloud's variables),
 * pointed at a fresh emulator on 127.0.0.1 that replies as `run` scripts. The snippet is transpiled
 * (types stripped) and nothing else: it imports the built packages.
 *
 * @example
 * const result = await runSnippet('readme/functions.ts', { stdout: [/Hello/] });
 */
export async function runSnippet(file: string, run: SnippetRun): Promise<SnippetResult> {
  const server = await startBackend(run);
  const workDir = await mkdtemp(join(tmpdir(), 'anth-snippet-'));
  try {
    for (const [name, content] of Object.entries(run.files ?? {})) await writeFile(join(workDir, name), content);
    const script = await transpile(file);
    const env = await snippetEnv(run, server.url, workDir);
    const { stdout, stderr, exitCode } = await runNode(script, workDir, env);
    const recorded = server.emulator.requests;
    return {
      stdout,
      stderr,
      exitCode,
      requests: recorded.map((request) => `${request.method} ${request.path}`),
      recorded,
    };
  } finally {
    await server.close();
    await rm(workDir, { recursive: true, force: true });
  }
}

type AnyServer = EmulatorServer<{
  fetch: typeof fetch;
  requests: readonly RecordedRequest[];
  script(...turns: NonNullable<SnippetRun['script']>): void;
  fault(...faults: NonNullable<SnippetRun['faults']>): void;
}>;

async function startBackend(run: SnippetRun): Promise<AnyServer> {
  const backend = run.backend ?? 'anthropic';
  const server: AnyServer =
    backend === 'bedrock'
      ? await startEmulatorServer(createBedrockEmulator())
      : backend === 'vertex'
        ? await startEmulatorServer(createEmulator({ backend: 'vertex', authTokens: [] }))
        : backend === 'foundry'
          ? await startEmulatorServer(createEmulator({ backend: 'foundry', apiKeys: [FOUNDRY_KEY] }))
          : await startEmulatorServer(createEmulator(run.emulator));
  if (run.script) server.emulator.script(...run.script);
  if (run.faults) server.emulator.fault(...run.faults);
  return server;
}

/** The environment of a machine set up for the backend, and nothing of the developer's own. */
async function snippetEnv(run: SnippetRun, url: string, workDir: string): Promise<Record<string, string>> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && !/^(ANTHROPIC_|AWS_|GOOGLE_|GCE_|CLOUD_ML_|AZURE_)/.test(name)) env[name] = value;
  }
  env['NO_COLOR'] = '1';
  switch (run.backend ?? 'anthropic') {
    case 'anthropic':
      return { ...env, ANTHROPIC_BASE_URL: url, ANTHROPIC_API_KEY: EMULATOR_API_KEY };
    case 'bedrock':
      // No instance metadata lookups: the environment's keys are all the chain may use.
      return { ...env, ANTHROPIC_BEDROCK_BASE_URL: url, ...AWS_KEYS, AWS_EC2_METADATA_DISABLED: 'true' };
    case 'vertex': {
      // Application Default Credentials whose token endpoint is the emulator's, and no metadata server.
      const credentials = join(workDir, '.adc.json');
      await writeFile(
        credentials,
        JSON.stringify({
          type: 'external_account_authorized_user',
          audience: '//iam.googleapis.com/locations/global/workforcePools/pool/providers/provider',
          client_id: 'client-id',
          client_secret: 'client-secret',
          refresh_token: 'refresh-token',
          token_url: `${url}/token`,
        }),
      );
      return {
        ...env,
        ANTHROPIC_VERTEX_BASE_URL: `${url}/v1`,
        GOOGLE_APPLICATION_CREDENTIALS: credentials,
        GOOGLE_CLOUD_PROJECT: 'my-project',
        METADATA_SERVER_DETECTION: 'none',
        GCE_METADATA_HOST: '127.0.0.1:1',
      };
    }
    case 'foundry':
      return { ...env, ANTHROPIC_FOUNDRY_BASE_URL: `${url}/anthropic`, ANTHROPIC_FOUNDRY_API_KEY: FOUNDRY_KEY };
  }
}

async function transpile(file: string): Promise<string> {
  const outfile = join(BUILD_DIR, file.replace(/\.ts$/, '.mjs'));
  await mkdir(dirname(outfile), { recursive: true });
  await build({
    entryPoints: [join(SNIPPETS_DIR, file)],
    outfile,
    bundle: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'silent',
  });
  return outfile;
}

function runNode(
  script: string,
  cwd: string,
  env: Record<string, string>,
): Promise<{ stdout: string; stderr: string; exitCode: number | null }> {
  const child = spawn(process.execPath, [script], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} did not finish in ${TIMEOUT_MS} ms\nstdout:\n${stdout}\nstderr:\n${stderr}`));
    }, TIMEOUT_MS);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (exitCode) => {
      clearTimeout(timer);
      resolve({ stdout, stderr, exitCode });
    });
  });
}
