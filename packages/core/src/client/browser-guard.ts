import { AnthropicError } from '../errors/anthropic-error.js';

/**
 * Refuses to build a client in a browser unless the caller opted in: a key shipped to a page is a key
 * anyone can read.
 */
export function assertBrowserAllowed(dangerouslyAllowBrowser: boolean | undefined): void {
  const hosts = globalThis as { window?: { document?: unknown }; navigator?: unknown };
  const looksLikeBrowser = typeof hosts.window !== 'undefined' && typeof hosts.window.document !== 'undefined' && typeof hosts.navigator !== 'undefined';
  if (looksLikeBrowser && dangerouslyAllowBrowser !== true) {
    throw new AnthropicError(
      "It looks like you're running in a browser-like environment.\n\nThis is disabled by default, as it risks exposing your secret API credentials to attackers.\nIf you understand the risks and have appropriate mitigations in place,\nyou can set the `dangerouslyAllowBrowser` option to `true`, e.g.,\n\nnew Anthropic({ apiKey, dangerouslyAllowBrowser: true });\n",
    );
  }
}
