/**
 * The Node built-ins the file-system memory tool uses, loaded on first use (never at import time, so
 * the `@anth/beta/node` entry stays free of side effects).
 */
export async function loadNodeModules(): Promise<{
  fs: typeof import('node:fs/promises');
  path: typeof import('node:path');
  crypto: typeof import('node:crypto');
  constants: typeof import('node:fs').constants;
}> {
  const [fs, path, crypto, { constants }] = await Promise.all([
    import('node:fs/promises'),
    import('node:path'),
    import('node:crypto'),
    import('node:fs'),
  ]);
  return { fs, path, crypto, constants };
}

/** The `code` of a Node system error, if it has one. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
