import { AnthropicError, APIConnectionError } from '@anth/core';
import { concatBytes } from './concat-bytes.js';
import { eventStreamMessageToSSE, type EventStreamMessage } from './event-stream-message-to-sse.js';

/** Decodes one complete frame, checking both CRCs (`EventStreamCodec.decode` of `@smithy/eventstream-codec`). */
export interface EventStreamFrameDecoder {
  decode(frame: Uint8Array): EventStreamMessage;
}

const PRELUDE_BYTES = 12;
const MIN_FRAME_BYTES = 16;
// The event stream protocol's limit; a larger length can only be a corrupt prelude.
const MAX_FRAME_BYTES = 16 * 1024 * 1024;

/**
 * Turns a binary `application/vnd.amazon.eventstream` body into SSE text, frame by frame as bytes
 * arrive (frames may span or share chunks). It never waits on bytes that cannot come: a frame whose
 * CRC does not match, or whose prelude announces an impossible length, fails the stream with
 * `APIConnectionError` naming the frame; a body that ends inside a frame fails the same way. A chunk
 * that is not JSON fails it with `AnthropicError`.
 *
 * @example
 * const sse = eventStreamToSSE(response.body, new EventStreamCodec(toUtf8, fromUtf8));
 */
export function eventStreamToSSE(
  body: ReadableStream<Uint8Array>,
  decoder: EventStreamFrameDecoder,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let buffered: Uint8Array = new Uint8Array(0);
  let frameIndex = 0;

  const frames = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      buffered = buffered.length === 0 ? chunk : concatBytes([buffered, chunk]);
      let offset = 0;
      while (buffered.length - offset >= PRELUDE_BYTES) {
        const view = new DataView(buffered.buffer, buffered.byteOffset + offset, PRELUDE_BYTES);
        const totalLength = view.getUint32(0);
        const headersLength = view.getUint32(4);
        if (
          totalLength < MIN_FRAME_BYTES ||
          totalLength > MAX_FRAME_BYTES ||
          headersLength > totalLength - MIN_FRAME_BYTES
        ) {
          throw corrupt(`its prelude announces ${totalLength} bytes with ${headersLength} bytes of headers`);
        }
        if (buffered.length - offset < totalLength) break;
        let message: EventStreamMessage;
        try {
          message = decoder.decode(buffered.subarray(offset, offset + totalLength));
        } catch (error) {
          throw corrupt(error instanceof Error ? error.message : String(error), error);
        }
        const text = eventStreamMessageToSSE(message);
        if (text) controller.enqueue(encoder.encode(text));
        offset += totalLength;
        frameIndex += 1;
      }
      buffered = buffered.slice(offset);
    },
    flush() {
      if (buffered.length > 0) {
        throw new APIConnectionError({
          message: `The Bedrock event stream ended inside frame ${frameIndex + 1}: ${buffered.length} bytes of an incomplete frame were received.`,
        });
      }
    },
  });

  function corrupt(reason: string, cause?: unknown): AnthropicError {
    return new APIConnectionError({
      message: `The Bedrock event stream is corrupt at frame ${frameIndex + 1}: ${reason}.`,
      cause,
    });
  }

  return body.pipeThrough(frames);
}
