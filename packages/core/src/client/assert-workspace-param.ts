import { AnthropicError } from '../errors/anthropic-error.js';
import type { HeaderParams } from './header-params.js';

/**
 * Refuses, before anything is sent, a `workspace_id` that is present but not a string, with an
 * `AnthropicError` naming the method, the param and the kind of value it got: the param becomes the
 * `anthropic-workspace-id` header (see {@link moveHeaderParams}), and a number or an object would
 * otherwise go out as its `String()`. Kept out of `moveHeaderParams`, so that `createMessage` does
 * not carry it; the resource functions (files, skills, models) call it first.
 *
 * @example
 * assertWorkspaceParam(params, 'listFiles'); // listFiles needs workspace_id as a string; received number.
 * const { body: query, headers } = moveHeaderParams(params, options?.headers);
 */
export function assertWorkspaceParam(params: HeaderParams, method: string): void {
  const value: unknown = params.workspace_id;
  // The message is short on purpose: this check is in the `listModels` bundle, which has a size ceiling.
  if (value !== undefined && typeof value !== 'string')
    throw new AnthropicError(
      `${method} needs workspace_id as a string; received ${value === null ? 'null' : typeof value}.`,
    );
}
