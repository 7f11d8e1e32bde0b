import { isRecord } from '../is-record.js';
import type { StoredThreadReply, ThreadStore } from './thread-store.js';

/** A threaded request, resolved: the request as if sent unthreaded, and what to record after the reply. */
export interface ResolvedThread {
  /** The body with the whole conversation (the thread's messages, then the new ones) and no `thread`. */
  body: Record<string, unknown>;
  /** The reply this request continues, marked continued once the request is answered. */
  previous: StoredThreadReply | undefined;
}

/** Why a threaded request is refused: the status, message and `error.details.error_code` the API sends. */
export interface ThreadRefusal {
  status: 400 | 404;
  message: string;
  errorCode?: string;
}

/**
 * Resolves the `thread` field of a `POST /v1/messages` body: `create` sends the whole conversation
 * (nothing to add); `continue` adds the new `messages` to the conversation that ended with the reply
 * `previous_message_id`, and takes the thread's `system` and `tools`. Refuses an unknown reply
 * (404 `thread_not_found`), a reply already continued (400 `thread_already_continued`), and a
 * continue that sets `system` or `tools` (the thread keeps its own).
 *
 * @example
 * const resolved = resolveThread(body, threads);
 * if ('status' in resolved) return refuse(resolved);
 */
export function resolveThread(body: Record<string, unknown>, threads: ThreadStore): ResolvedThread | ThreadRefusal {
  const { thread, ...unthreaded } = body;
  if (!isRecord(thread)) return { status: 400, message: 'thread: Input should be a valid dictionary' };
  if (thread['type'] === 'create') return { body: unthreaded, previous: undefined };
  if (thread['type'] !== 'continue') {
    return {
      status: 400,
      message: `thread: Input tag '${String(thread['type'])}' found using 'type' does not match any of the expected tags: 'create', 'continue'`,
    };
  }
  const previousId = thread['previous_message_id'];
  if (typeof previousId !== 'string') {
    return { status: 400, message: 'thread.continue.previous_message_id: Field required' };
  }
  for (const field of ['system', 'tools'] as const) {
    if (body[field] !== undefined) {
      return {
        status: 400,
        message: `${field}: cannot be set when continuing a thread; the thread keeps the ${field} it was created with`,
      };
    }
  }
  const previous = threads.get(previousId);
  if (!previous) {
    return {
      status: 404,
      message: `thread: no threaded message ${previousId} to continue`,
      errorCode: 'thread_not_found',
    };
  }
  if (previous.continued) {
    return {
      status: 400,
      message: `thread: message ${previousId} was already continued; continue from the latest reply`,
      errorCode: 'thread_already_continued',
    };
  }
  const newMessages = Array.isArray(body['messages']) ? (body['messages'] as unknown[]) : [];
  return {
    body: {
      ...unthreaded,
      messages: [...previous.messages, ...newMessages],
      ...(previous.system === undefined ? undefined : { system: previous.system }),
      ...(previous.tools === undefined ? undefined : { tools: previous.tools }),
    },
    previous,
  };
}
