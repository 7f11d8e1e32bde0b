/**
 * Which runtime this code runs on, read from its own globals (independently of the SDK's detection,
 * which the tests check separately through the `x-stainless-runtime` header the emulator received).
 *
 * @example
 * describeRuntime(); // { name: 'node', version: '22.23.3' }
 *
 * @returns {{ name: 'node' | 'bun' | 'deno' | 'workerd' | 'browser' | 'unknown'; version: string | null }}
 */
export function describeRuntime() {
  /** @type {{ Deno?: { version?: { deno?: string } }; Bun?: { version?: string }; process?: { versions?: { node?: string } }; navigator?: { userAgent?: string }; document?: unknown }} */
  const hosts = globalThis;
  if (hosts.Deno?.version?.deno) return { name: 'deno', version: hosts.Deno.version.deno };
  if (hosts.Bun?.version) return { name: 'bun', version: hosts.Bun.version };
  if (hosts.process?.versions?.node) return { name: 'node', version: hosts.process.versions.node };
  const userAgent = hosts.navigator?.userAgent ?? '';
  if (userAgent === 'Cloudflare-Workers') return { name: 'workerd', version: null };
  if (hosts.document !== undefined) return { name: 'browser', version: userAgent };
  return { name: 'unknown', version: null };
}
