import { VERSION } from './version.js';

interface RuntimeHosts {
  Deno?: { version?: { deno?: string }; build?: { os?: string; arch?: string } };
  Bun?: { version?: string };
  EdgeRuntime?: unknown;
  process?: { versions?: { node?: string; bun?: string }; platform?: string; arch?: string };
  navigator?: { userAgent?: string };
}

let cached: Record<string, string> | undefined;

/** `X-Stainless-*` telemetry headers, computed on first use and reused (the platform doesn't change). */
export function platformHeaders(): Record<string, string> {
  return (cached ??= detect());
}

function detect(): Record<string, string> {
  const hosts = globalThis as RuntimeHosts;
  let runtime = 'unknown';
  let runtimeVersion = 'unknown';
  let os: string | undefined;
  let arch: string | undefined;
  if (hosts.Deno?.version?.deno) {
    runtime = 'deno';
    runtimeVersion = hosts.Deno.version.deno;
    os = hosts.Deno.build?.os;
    arch = hosts.Deno.build?.arch;
  } else if (typeof hosts.EdgeRuntime === 'string') {
    runtime = 'edge';
  } else if (hosts.process?.versions?.node) {
    runtime = hosts.process.versions.bun ? 'bun' : 'node';
    runtimeVersion = hosts.process.versions.bun ?? hosts.process.versions.node;
    os = hosts.process.platform;
    arch = hosts.process.arch;
  } else if (hosts.navigator?.userAgent) {
    runtime = hosts.navigator.userAgent.includes('Cloudflare-Workers') ? 'workerd' : 'browser';
  }
  return {
    'X-Stainless-Lang': 'js',
    'X-Stainless-Package-Version': VERSION,
    'X-Stainless-OS': normalizeOS(os),
    'X-Stainless-Arch': normalizeArch(arch),
    'X-Stainless-Runtime': runtime,
    'X-Stainless-Runtime-Version': runtimeVersion,
  };
}

function normalizeOS(os: string | undefined): string {
  const names: Record<string, string> = { darwin: 'MacOS', linux: 'Linux', win32: 'Windows', windows: 'Windows', freebsd: 'FreeBSD', openbsd: 'OpenBSD', android: 'Android', ios: 'iOS' };
  return os ? (names[os.toLowerCase()] ?? `Other:${os}`) : 'Unknown';
}

function normalizeArch(arch: string | undefined): string {
  const names: Record<string, string> = { x64: 'x64', x86_64: 'x64', arm64: 'arm64', aarch64: 'arm64', arm: 'arm', ia32: 'x32', x32: 'x32' };
  return arch ? (names[arch] ?? `other:${arch}`) : 'unknown';
}
