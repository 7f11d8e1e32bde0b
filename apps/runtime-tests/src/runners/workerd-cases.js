import { smokeFaults } from '../smoke/run-smoke.js';

/**
 * @typedef {object} WorkerdCase
 * @property {string} name a worker name: lowercase letters, digits and dashes
 * @property {string} entry absolute path of a module exporting `run({ baseURL }): Promise<JSON-safe result>`;
 *   it is bundled with esbuild for workerd (browser platform, `workerd`/`worker`/`browser` conditions), so
 *   any Node built-in reached from its static or dynamic imports fails the build
 * @property {import('@anth/emulator/node').StartEmulatorOptions['backends']} [backends] what this case's own
 *   emulator serves (`startEmulator({ backends })`; default the first-party API): one backend, e.g. a cloud
 *   backend and the static credentials it accepts; the worker gets that backend's `url` as `baseURL`
 * @property {import('@anth/emulator').Fault[]} faults queued on this case's backend before it runs
 * @property {Record<string, unknown>} expected what the result must contain (`toMatchObject`)
 * @property {string[]} [external] packages left out of the bundle: only for Node-only code the case
 *   never reaches at run time (e.g. a credential chain behind static credentials); importing one fails
 * @property {string[]} [compatibilityFlags] workerd compatibility flags, e.g. `nodejs_compat`
 */

/** @param {string} relativePath */
const entry = (relativePath) => decodeURIComponent(new URL(relativePath, import.meta.url).pathname);

/**
 * What runs on workerd: one worker per case, each against its own emulator server.
 *
 * To add a cloud client (Bedrock, Vertex, Foundry with static credentials): add a module to
 * `workerd-cases/` whose `run({ baseURL })` builds the client with static credentials and `baseURL`
 * and returns what it observed (or reuses the suite: `runSmoke({ baseURL, createClient })`), then an
 * entry here with the emulator options it needs and the expected result.
 *
 * @example
 * {
 *   name: 'bedrock-static',
 *   entry: entry('./workerd-cases/bedrock-static.js'),
 *   backends: ['bedrock'],
 *   faults: [],
 *   expected: { ok: true, failures: [] },
 * }
 *
 * @type {WorkerdCase[]}
 */
export const workerdCases = [
  {
    name: 'messages-smoke',
    entry: entry('./workerd-cases/messages-smoke.js'),
    faults: smokeFaults,
    expected: { ok: true, failures: [], runtime: { name: 'workerd' } },
  },
  {
    name: 'bedrock-static',
    entry: entry('./workerd-cases/bedrock-static.js'),
    backends: {
      bedrock: {
        region: 'us-east-1',
        credentials: [{ accessKeyId: 'AKIDWORKERD', secretAccessKey: 'workerd-secret-access-key' }],
      },
    },
    faults: [],
    // The AWS default credential chain is behind a lazy import the static-key path never reaches.
    external: ['@aws-sdk/credential-providers'],
    expected: { ok: true, failures: [], created: 'text' },
  },
  {
    name: 'vertex-static',
    entry: entry('./workerd-cases/vertex-static.js'),
    backends: { vertex: { authTokens: ['ya29.workerd'] } },
    faults: [],
    external: ['google-auth-library'],
    expected: { ok: true, failures: [], created: 'text' },
  },
  {
    name: 'foundry-static',
    entry: entry('./workerd-cases/foundry-static.js'),
    backends: { foundry: { apiKeys: ['foundry-workerd-key'] } },
    faults: [],
    external: ['@azure/identity'],
    expected: { ok: true, failures: [], created: 'text' },
  },
];
