import { Anthropic, AnthropicError } from '@anth/core';

/**
 * The browser guard, checked without any request: in a browser, a client built without
 * `dangerouslyAllowBrowser: true` must throw an `AnthropicError` naming that option; everywhere else
 * (Node, Bun, Deno, workerd, which has a `navigator` but no `window`) it must not throw.
 *
 * @example
 * const observed = runBrowserGuardStep({ check: createSmokeCheck('browserGuard'), baseURL, inBrowser: true });
 *
 * @param {{ check: import('./smoke-check.js').SmokeCheck; baseURL: string; inBrowser: boolean }} input
 */
export function runBrowserGuardStep({ check, baseURL, inBrowser }) {
  /** @type {unknown} */
  let caught;
  try {
    new Anthropic({ apiKey: 'sk-ant-guard', authToken: null, baseURL });
  } catch (error) {
    caught = error;
  }
  const threw = caught !== undefined;
  if (inBrowser) {
    check.that(
      'a client without dangerouslyAllowBrowser throws in a browser',
      caught instanceof AnthropicError,
      threw ? String(caught) : 'it did not throw',
    );
    check.that(
      'the guard error names dangerouslyAllowBrowser',
      caught instanceof Error && caught.message.includes('dangerouslyAllowBrowser'),
    );
  } else {
    check.that('a client without dangerouslyAllowBrowser works outside a browser', !threw, String(caught));
  }
  return { threw, ...(caught instanceof Error ? { className: caught.constructor.name } : {}) };
}
