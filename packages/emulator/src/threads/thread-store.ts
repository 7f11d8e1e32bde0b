/** One reply of a message thread, with the conversation the server holds up to and including it. */
export interface StoredThreadReply {
  /** Every message of the thread, ending with this reply as an assistant message. */
  messages: Array<{ role: string; content: unknown }>;
  /** The thread's `system` and `tools`, fixed when it was created (absent when not given). */
  system?: unknown;
  tools?: unknown;
  /** A request has continued from this reply already (a thread continues once from each reply). */
  continued: boolean;
}

/**
 * Server-side message threads (`message-threads-2026-08-12`): the conversation each threaded reply
 * ends, by the reply's message id. Per emulator; `reset()` clears it.
 *
 * @example
 * const threads = createThreadStore();
 * threads.record('msg_1', { messages, system, tools, continued: false });
 */
export interface ThreadStore {
  get(messageId: string): StoredThreadReply | undefined;
  record(messageId: string, reply: StoredThreadReply): void;
  reset(): void;
}

/** A new, empty {@link ThreadStore}. */
export function createThreadStore(): ThreadStore {
  const replies = new Map<string, StoredThreadReply>();
  return {
    get: (messageId) => replies.get(messageId),
    record: (messageId, reply) => {
      replies.set(messageId, reply);
    },
    reset: () => replies.clear(),
  };
}
