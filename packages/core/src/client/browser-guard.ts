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
      "It looks like you're running in a browser-like environment. Your API key would be visible to anyone who opens the page; if you understand the risk, pass `dangerouslyAllowBrowser: true`.",
    );
  }
}
