/** Where environment variables can come from (the global object; injectable for tests). */
export interface EnvHosts {
  process?: { env?: Record<string, string | undefined> };
  Deno?: { env?: { get?(name: string): string | undefined } };
}

/**
 * Reads an environment variable on Node, Bun and Deno, and returns `undefined` elsewhere
 * (browsers, workers). Values are trimmed; empty means unset. A runtime that forbids the read
 * (Deno without `--allow-env`, whose `process.env` throws too) counts as unset, never as an error.
 */
export function readEnv(name: string, hosts: EnvHosts = globalThis as EnvHosts): string | undefined {
  let value: string | undefined;
  try {
    if (hosts.process?.env) value = hosts.process.env[name];
    else if (hosts.Deno?.env?.get) value = hosts.Deno.env.get(name);
  } catch {
    value = undefined;
  }
  value = value?.trim();
  return value ? value : undefined;
}
