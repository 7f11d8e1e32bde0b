interface EnvHosts {
  process?: { env?: Record<string, string | undefined> };
  Deno?: { env?: { get?(name: string): string | undefined } };
}

/**
 * Reads an environment variable on Node, Bun and Deno (where the permission may be missing), and
 * returns `undefined` elsewhere (browsers, workers). Values are trimmed; empty means unset.
 */
export function readEnv(name: string): string | undefined {
  const hosts = globalThis as EnvHosts;
  let value: string | undefined;
  if (hosts.process?.env) {
    value = hosts.process.env[name];
  } else if (hosts.Deno?.env?.get) {
    try {
      value = hosts.Deno.env.get(name);
    } catch {
      // Deno without --allow-env throws: behave as if the variable were unset.
    }
  }
  value = value?.trim();
  return value ? value : undefined;
}
