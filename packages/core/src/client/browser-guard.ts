import { AnthropicError } from '../errors/anthropic-error.js';

/**
 * Refuses to build a client in a browser unless the caller opted in: a key shipped to a page is a key
 * anyone can read.
 */
export function assertBrowserAllowed(dangerouslyAllowBrowser: boolean | undefined): void {
  const { window, navigator } = globalThis as { window?: { document?: unknown }; navigator?: unknown };
  if (window?.document !== undefined && navigator !== undefined && dangerouslyAllowBrowser !== true) {
    throw new AnthropicError(
      "It looks like you're running in a browser-like environment. Anyone who opens the page could read your API key; if you accept that, pass `dangerouslyAllowBrowser: true`.",
    );
  }
}
