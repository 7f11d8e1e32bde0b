/** Node built-ins an edge or browser bundle must not import (matched on the first path segment, so `fs/promises` counts). */
const NODE_BUILTINS = new Set([
  'assert',
  'buffer',
  'child_process',
  'crypto',
  'events',
  'fs',
  'http',
  'https',
  'net',
  'os',
  'path',
  'querystring',
  'stream',
  'tls',
  'url',
  'util',
  'zlib',
]);

/**
 * Whether an import specifier names a Node built-in: any `node:` specifier, or a bare built-in name
 * with or without a subpath.
 *
 * @example
 * isNodeBuiltin('node:fs'); // true
 * isNodeBuiltin('fs/promises'); // true
 * isNodeBuiltin('fetch-event-stream'); // false
 */
export function isNodeBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || NODE_BUILTINS.has(specifier.split('/')[0] ?? specifier);
}
