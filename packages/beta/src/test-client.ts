import { Anthropic, type ClientOptions } from '@anth/core';
import { createEmulatorFetch, type EmulatorFetch, type RecordedRequest } from '@anth/emulator';
import { startEmulator, type RunningEmulator } from '@anth/emulator/node';
import { emulatedClientOptions, servedClientOptions } from '../../../test-support/emulated-client.js';

/** A client wired to a fresh emulator through injected fetch (no sockets): for wire-logic tests. */
export function emulatedClient(options: ClientOptions = {}): { client: Anthropic; emulator: EmulatorFetch } {
  const emulator = createEmulatorFetch();
  return { client: new Anthropic({ ...emulatedClientOptions(emulator), logLevel: 'off', ...options }), emulator };
}

/**
 * A client talking to a fresh emulator served on 127.0.0.1 (real sockets, the global fetch). Close
 * the emulator when done.
 */
export async function servedClient(
  options: ClientOptions = {},
): Promise<{ client: Anthropic; emulator: RunningEmulator }> {
  const emulator = await startEmulator();
  const client = new Anthropic({ ...servedClientOptions(emulator), logLevel: 'off', ...options });
  return { client, emulator };
}

/** What a test of the Files, Skills and Models headers checks of one recorded request. */
export interface SentHeaders {
  /** The `anthropic-beta` header, or null when none was sent. */
  beta: string | null;
  /** The `anthropic-workspace-id` header, or null when none was sent. */
  workspace: string | null;
  /** Whether `workspace_id` also went out in the query or the body (it must not). */
  workspaceInQueryOrBody: boolean;
}

/**
 * The beta and workspace headers of a request the emulator recorded, and whether `workspace_id`
 * leaked into its query or body.
 *
 * @example
 * expect(emulator.requests.map(sentHeaders)).toEqual([{ beta: null, workspace: null, workspaceInQueryOrBody: false }]);
 */
export function sentHeaders(request: RecordedRequest): SentHeaders {
  return {
    beta: request.headers.get('anthropic-beta'),
    workspace: request.headers.get('anthropic-workspace-id'),
    workspaceInQueryOrBody: request.url.includes('workspace') || request.rawBody.includes('workspace'),
  };
}
