import { createRequire } from 'node:module';

/**
 * `require` rooted at the separate runtimes project (apps/runtime-tests/runtimes), where miniflare and
 * playwright-core live. They are not dependencies of this workspace package on purpose: that project
 * also installs Node 22/24, whose `node` bin must never reach the workspace's PATH.
 *
 * @example
 * const { Miniflare } = runtimesRequire('miniflare');
 */
export const runtimesRequire = createRequire(new URL('../../runtimes/package.json', import.meta.url));
