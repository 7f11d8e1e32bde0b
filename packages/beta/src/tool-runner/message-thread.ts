import { APIError, type Logger } from '@anth/core';
import type { BetaMessage } from '../types/beta-message.js';
import type { BetaMessageCreateParamsBase } from '../types/beta-message-params.js';
import { withoutCacheControl } from './without-cache-control.js';

/** The beta that enables server-side message threads. */
export const MESSAGE_THREADS_BETA = 'message-threads-2026-08-12';

/** The body of one turn, as the runner builds it for the whole conversation (`messages` = full history). */
export type TurnBody = Omit<BetaMessageCreateParamsBase, 'stream'>;

// Rejections a replay of the whole history under a new thread recovers from.
const REPLAY_ERROR_CODES = ['thread_not_found', 'thread_already_continued', 'thread_continue_in_flight'];

/**
 * The tool runner's side of a server-side message thread (`thread: true`, spec 2026-10-21 §7.5). The
 * runner keeps the whole history; this decides what each request sends of it:
 *
 * - the first turn, and any turn that cannot continue, sends `thread: { type: 'create' }` with the
 *   whole history; a turn whose history extends what the server holds (same `system` and `tools`)
 *   sends `thread: { type: 'continue', previous_message_id }` with only the new messages, and no
 *   `system` or `tools` (the thread keeps them); both add `message-threads-2026-08-12` to the betas;
 * - messages the server already answered go out without their `cache_control` when sent again;
 * - `thread_not_found`, `thread_already_continued` or `thread_continue_in_flight` on a continue: the
 *   turn is sent again as a new thread with the whole history (a second `thread_not_found` right
 *   after such a replay stops threading: the server cannot keep the thread);
 * - `thread_unsupported_request`: the turn, and every later one, is sent without a thread.
 *
 * @example
 * const thread = new MessageThread(client.logger);
 * const body = thread.request(fullBody); // send it; then thread.record(fullBody, reply)
 */
export class MessageThread {
  readonly #logger: Logger;
  /** Still sending `thread`; false once the server said it cannot thread these requests. */
  #threading = true;
  /** The reply the next turn continues from; `null`: the next turn creates a thread. */
  #previousMessageId: string | null = null;
  /** The history the server holds (ending with its last reply), as JSON, to tell whether a history extends it. */
  #stored: string[] = [];
  /** How many messages of the history the server has answered: sent again, they lose `cache_control`. */
  #answered = 0;
  /** The `system` and `tools` the thread was created with, as JSON: a continue cannot change them. */
  #createdWith: string | undefined;
  /** What the last request was, for `recover()`. */
  #lastRequest: 'create' | 'continue' | 'unthreaded' = 'create';
  /** The thread stands in for one the server lost, and no turn has continued it yet. */
  #replacesLostThread = false;
  /** The thread of the last recorded reply was created by a replay after `thread_not_found`. */
  #createdForLostThread = false;

  constructor(logger: Logger) {
    this.#logger = logger;
  }

  /** Whether requests still carry a `thread`. */
  get threading(): boolean {
    return this.#threading;
  }

  /**
   * The body to send for a turn whose whole conversation is `body`. With `create: true` (a compaction
   * request, which must not continue the runner's thread) it always starts a new thread.
   */
  request(body: TurnBody, { create = false }: { create?: boolean } = {}): TurnBody {
    const { messages } = body;
    const createdWith = createOnlyJSON(body);
    const extendsStored =
      messages.length >= this.#stored.length &&
      this.#stored.every((json, index) => json === JSON.stringify(messages[index]));
    if (!extendsStored) {
      // A rewritten history: the server holds none of it.
      this.#stored = [];
      this.#answered = 0;
    }
    const canContinue = this.#threading && !create && this.#previousMessageId !== null;
    if (canContinue && extendsStored && createdWith === this.#createdWith) {
      this.#lastRequest = 'continue';
      const { system: _system, tools: _tools, ...fields } = body;
      return {
        ...fields,
        messages: messages.slice(this.#stored.length),
        thread: { type: 'continue', previous_message_id: this.#previousMessageId as string },
        betas: withThreadsBeta(body.betas),
      };
    }
    if (canContinue) {
      this.#logger.info(
        `Starting a new message thread: the ${extendsStored ? 'system prompt or tools changed' : 'history was rewritten'} (previous_message_id=${this.#previousMessageId})`,
      );
    }
    const replayed = messages.map((message, index) =>
      index < this.#answered ? withoutCacheControl(message) : message,
    );
    if (!this.#threading) {
      this.#lastRequest = 'unthreaded';
      return { ...body, messages: replayed };
    }
    this.#lastRequest = 'create';
    return { ...body, messages: replayed, thread: { type: 'create' }, betas: withThreadsBeta(body.betas) };
  }

  /** Records the reply to the turn whose whole conversation was `body`: the next turn continues from it. */
  record(body: TurnBody, reply: BetaMessage): void {
    const replayedForLostThread = this.#lastRequest === 'create' && this.#replacesLostThread;
    this.#replacesLostThread = false;
    if (!this.#threading) return;
    // The server keeps nothing of a refused turn it answered on a thread, or of a fallback model's reply.
    const fellBack = reply.usage.iterations?.some((iteration) => iteration.type === 'fallback_message') ?? false;
    if (reply.stop_reason === 'refusal' || fellBack) {
      this.#previousMessageId = null;
      return;
    }
    this.#stored = [...body.messages, { role: reply.role, content: reply.content }].map((message) =>
      JSON.stringify(message),
    );
    this.#answered = this.#stored.length;
    this.#previousMessageId = reply.id;
    this.#createdWith = createOnlyJSON(body);
    this.#createdForLostThread = replayedForLostThread;
  }

  /**
   * Whether the request that just failed with `error` should be sent again (its body rebuilt with
   * `request()`), because it was a thread rejection this thread has now adjusted for.
   */
  recover(error: unknown): boolean {
    const details = errorDetails(error);
    const code = details?.['error_code'];
    if (typeof code !== 'string') return false;
    if (REPLAY_ERROR_CODES.includes(code) && this.#lastRequest === 'continue') {
      if (code === 'thread_not_found' && this.#createdForLostThread) {
        this.#logger.info(
          `The server lost the message thread again right after a replay; continuing without a thread (previous_message_id=${this.#previousMessageId})`,
        );
        this.#stopThreading();
      } else {
        this.#logger.info(
          `Replaying the whole history under a new message thread: ${code} (previous_message_id=${this.#previousMessageId})`,
        );
        this.#previousMessageId = null;
        this.#replacesLostThread = code === 'thread_not_found';
      }
      return true;
    }
    if (code === 'thread_unsupported_request' && this.#lastRequest !== 'unthreaded') {
      const unsupported = Array.isArray(details?.['unsupported'])
        ? (details['unsupported'] as unknown[]).join(',')
        : '';
      this.#logger.info(
        `The server cannot thread this request; continuing without a thread (unsupported=${unsupported})`,
      );
      this.#stopThreading();
      return true;
    }
    return false;
  }

  /**
   * A turn failed otherwise (an HTTP error, a stream cut short): the server may hold all of it or none,
   * so the next turn starts a new thread.
   */
  fail(): void {
    this.#previousMessageId = null;
    this.#replacesLostThread = false;
  }

  #stopThreading(): void {
    this.#threading = false;
    this.#previousMessageId = null;
  }
}

function createOnlyJSON(body: TurnBody): string {
  return JSON.stringify({ system: body.system, tools: body.tools });
}

function withThreadsBeta(betas: readonly string[] | undefined): string[] {
  return betas?.includes(MESSAGE_THREADS_BETA) ? [...betas] : [...(betas ?? []), MESSAGE_THREADS_BETA];
}

/** The `error.details` of an API error's body, or `undefined`. */
function errorDetails(error: unknown): Record<string, unknown> | undefined {
  if (!(error instanceof APIError)) return undefined;
  const body = error.error as { error?: { details?: unknown } } | undefined;
  const details = body?.error?.details;
  return typeof details === 'object' && details !== null ? (details as Record<string, unknown>) : undefined;
}
