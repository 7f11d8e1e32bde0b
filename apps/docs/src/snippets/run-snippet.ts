import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EMULATOR_CREDENTIALS, type RecordedRequest } from '@anth/emulator';
import { startEmulator } from '@anth/emulator/node';
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
  const { served, close } = await startBackend(run);
  const workDir = await mkdtemp(join(tmpdir(), 'anth-snippet-'));
  try {
    for (const [name, content] of Object.entries(run.files ?? {})) await writeFile(join(workDir, name), content);
    const script = await transpile(file);
    const env = await snippetEnv(run, served.url, workDir);
    const { stdout, stderr, exitCode } = await runNode(script, workDir, env);
    const recorded = served.requests;
    return {
      stdout,
      stderr,
      exitCode,
      requests: recorded.map((request) => `${request.method} ${request.path}`),
      recorded,
    };
  } finally {
    await close();
    await rm(workDir, { recursive: true, force: true });
  }
}

/** The one backend a snippet talks to, served on 127.0.0.1, and how to stop it. */
interface ServedBackend {
  served: {
    url: string;
    requests: readonly RecordedRequest[];
    script(...turns: NonNullable<SnippetRun['script']>): void;
    fault(...faults: NonNullable<SnippetRun['faults']>): void;
  };
  close(): Promise<void>;
}

async function startBackend(run: SnippetRun): Promise<ServedBackend> {
  const backend = run.backend ?? 'anthropic';
  let result: ServedBackend;
  if (backend === 'bedrock') {
    const emulator = await startEmulator({ backends: ['bedrock'] });
    result = { served: emulator.bedrock, close: emulator.close };
  } else if (backend === 'vertex') {
    const emulator = await startEmulator({ backends: { vertex: { authTokens: [] } } });
    result = { served: emulator.vertex, close: emulator.close };
  } else if (backend === 'foundry') {
    const emulator = await startEmulator({ backends: { foundry: { apiKeys: [FOUNDRY_KEY] } } });
    result = { served: emulator.foundry, close: emulator.close };
  } else {
    const emulator = await startEmulator({ backends: { anthropic: run.emulator ?? true } });
    result = { served: emulator, close: emulator.close };
  }
  if (run.script) result.served.script(...run.script);
  if (run.faults) result.served.fault(...run.faults);
  return result;
}

/** The environment of a machine set up for the backend, and nothing of the developer's own. */
/** `url` is the base URL the backend's clients take (with Vertex's `/v1`, Foundry's `/anthropic`). */
async function snippetEnv(run: SnippetRun, url: string, workDir: string): Promise<Record<string, string>> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && !/^(ANTHROPIC_|AWS_|GOOGLE_|GCE_|CLOUD_ML_|AZURE_)/.test(name)) env[name] = value;
  }
  env['NO_COLOR'] = '1';
  switch (run.backend ?? 'anthropic') {
    case 'anthropic':
      return { ...env, ANTHROPIC_BASE_URL: url, ANTHROPIC_API_KEY: EMULATOR_CREDENTIALS.apiKey };
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
          token_url: `${new URL(url).origin}/token`,
        }),
      );
      return {
        ...env,
        ANTHROPIC_VERTEX_BASE_URL: url,
        GOOGLE_APPLICATION_CREDENTIALS: credentials,
        GOOGLE_CLOUD_PROJECT: 'my-project',
        METADATA_SERVER_DETECTION: 'none',
        GCE_METADATA_HOST: '127.0.0.1:1',
      };
    }
    case 'foundry':
      return { ...env, ANTHROPIC_FOUNDRY_BASE_URL: url, ANTHROPIC_FOUNDRY_API_KEY: FOUNDRY_KEY };
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
