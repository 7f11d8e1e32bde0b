import type { ToolUseBlock } from '@anth/core';
import type { BetaMessageStream } from '../messages/beta-message-stream.js';

/** The `tool_use` blocks a streamed reply has finished, in the model's order. */
export interface WatchedToolCalls {
  readonly toolCalls: readonly ToolUseBlock[];
}

interface Reader {
  /** How many stream events this `for await` loop is done with (those emitted before it started included). */
  handled: number;
}

/**
 * Hands each `tool_use` call of a streamed reply to `onToolCall` as soon as the model has moved on
 * from it (the next block starts, or the reply stops with `tool_use`: a call's own
 * `content_block_stop` is not enough, as a reply cut off by `max_tokens` closes its last call too),
 * and only once the caller has seen it: after every listener of that event, and after every
 * `for await` loop over the stream has taken the event. So a listener or loop that calls
 * `deferToolCall()` on seeing a call is always in time. Nothing is handed over once the stream has
 * failed or been aborted, nor after a fallback to another model (the refusal may have cut a call).
 *
 * Must be called on a new stream, before anyone listens or iterates: it counts every event, and
 * wraps the stream's own `[Symbol.asyncIterator]` to follow its readers.
 *
 * @example
 * const watched = watchToolCalls(stream, (toolUse) => startTool(toolUse));
 */
export function watchToolCalls(
  stream: BetaMessageStream,
  onToolCall: (toolUse: ToolUseBlock) => void,
): WatchedToolCalls {
  const toolCalls: ToolUseBlock[] = [];
  const readers: Reader[] = [];
  /** Calls the model has moved on from, with the number of the event that showed it, until the caller has seen that event. */
  const ready: Array<{ toolUse: ToolUseBlock; event: number }> = [];
  let emitted = 0;
  let closed: ToolUseBlock | undefined;
  let fellBack = false;

  const release = (): void => {
    if (stream.errored || stream.controller.signal.aborted) return;
    const handled = Math.min(emitted, ...readers.map((reader) => reader.handled));
    while (ready[0] && ready[0].event <= handled) onToolCall((ready.shift() as { toolUse: ToolUseBlock }).toolUse);
  };

  stream.on('streamEvent', (event, snapshot) => {
    emitted += 1;
    const block = event.type === 'content_block_stop' ? snapshot.content[event.index] : undefined;
    const justClosed = block?.type === 'tool_use' ? block : undefined;
    if (justClosed) toolCalls.push(justClosed);
    if (event.type === 'content_block_start' && event.content_block.type === 'fallback') {
      fellBack = true;
      closed = undefined;
    }
    if (!fellBack) {
      const movedOn =
        event.type === 'content_block_start' ||
        (event.type === 'message_delta' && event.delta.stop_reason === 'tool_use');
      if (closed && movedOn) {
        ready.push({ toolUse: closed, event: emitted });
        closed = undefined;
      }
      if (justClosed) closed = justClosed;
    }
    // After every listener of this event (this one is the first) has run.
    queueMicrotask(release);
  });

  const iterate = stream[Symbol.asyncIterator].bind(stream);
  // The runner's own stream: its readers are followed by wrapping the iterator on this instance only.
  Object.defineProperty(stream, Symbol.asyncIterator, {
    configurable: true,
    writable: true,
    value: (): AsyncIterator<unknown> => {
      const iterator = iterate();
      const reader: Reader = { handled: emitted };
      readers.push(reader);
      let holdsEvent = false;
      const remove = (): void => {
        const index = readers.indexOf(reader);
        if (index === -1) return;
        readers.splice(index, 1);
        release();
      };
      return {
        next: async () => {
          // Asking for the next event is how a `for await` loop says it is done with the one it holds.
          if (holdsEvent) {
            holdsEvent = false;
            reader.handled += 1;
            release();
          }
          try {
            const result = await iterator.next();
            holdsEvent = !result.done;
            if (result.done) remove();
            return result;
          } catch (error) {
            remove();
            throw error;
          }
        },
        return: async () => {
          // Leaving the loop aborts the stream first, so no call starts after it.
          const result = iterator.return?.();
          remove();
          return (await result) ?? { value: undefined, done: true };
        },
      };
    },
  });

  return { toolCalls };
}
