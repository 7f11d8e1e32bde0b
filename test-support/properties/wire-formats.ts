import fc from 'fast-check';
import type { StreamEvent } from './message-scenario.js';

/** The line end a body uses throughout (SSE and JSON Lines accept all three). */
export const lineEnd = fc.constantFrom('\n', '\r\n', '\r');

/**
 * The events as an SSE body (`event:` and `data:` lines, a blank line after each), with a `ping`
 * before the events at the given positions, as the API sends them.
 *
 * @example
 * toSSE(events, '\n', [0]); // 'event: ping\ndata: {"type":"ping"}\n\nevent: message_start\n…'
 */
export function toSSE(events: readonly StreamEvent[], end: string, pingsBefore: readonly number[] = []): string {
  const frame = (event: { type: string }): string =>
    `event: ${event.type}${end}data: ${JSON.stringify(event)}${end}${end}`;
  return events
    .map(
      (event, index) =>
        pingsBefore
          .filter((position) => position === index)
          .map(() => frame({ type: 'ping' }))
          .join('') + frame(event),
    )
    .join('');
}

/** The events as JSON Lines, one per line (what `Stream.toReadableStream()` produces). */
export function toJSONL(items: readonly unknown[], end: string): string {
  return items.map((item) => `${JSON.stringify(item)}${end}`).join('');
}

/** UTF-8 bytes of `text`. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
