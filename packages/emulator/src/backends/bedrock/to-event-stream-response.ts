import { encodeEventStreamFrame } from './encode-event-stream-frame.js';
import { streamExceptionForErrorType } from './bedrock-errors.js';
import type { BedrockFault } from './types.js';

/** The frame-level faults of a {@link BedrockFault}. */
export type FrameFaults = Pick<BedrockFault, 'exceptionType' | 'corruptFrameAfterEvents' | 'truncateFrameAfterEvents'>;

/**
 * Re-frames the first-party emulator's SSE reply as Bedrock does: every event becomes a `chunk` frame
 * whose payload is `{"bytes": base64(event JSON), "p": padding}`; `ping` is not forwarded; an SSE
 * `error` becomes an exception frame (`throttlingException`, …); the final `message_stop` carries
 * `amazon-bedrock-invocationMetrics`; legacy `completion` chunks lose their `type`, as on Bedrock.
 * Faults of the SSE stream (drops, stalls, delays) pass through, since it is read as it arrives.
 *
 * @example
 * return toEventStreamResponse(await createMessage(context), fault, startedAt);
 */
export function toEventStreamResponse(sse: Response, faults: FrameFaults | undefined, startedAt: number): Response {
  const decoder = new TextDecoder();
  let pending = '';
  let sentFrames = 0;
  let ended = false;
  const metrics = { inputTokenCount: 0, outputTokenCount: 0 };

  const frames = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      if (ended) return;
      pending += decoder.decode(chunk, { stream: true });
      let boundary = pending.indexOf('\n\n');
      while (boundary !== -1 && !ended) {
        const block = pending.slice(0, boundary);
        pending = pending.slice(boundary + 2);
        emit(block, controller);
        boundary = pending.indexOf('\n\n');
      }
    },
  });

  function emit(block: string, controller: TransformStreamDefaultController<Uint8Array>): void {
    const event = /^event: (.*)$/m.exec(block)?.[1] ?? '';
    const data = JSON.parse(/^data: (.*)$/m.exec(block)?.[1] ?? 'null') as Record<string, unknown>;
    if (event === 'ping') return;
    if (event === 'error') {
      const error = (data['error'] ?? {}) as { type?: string; message?: string };
      controller.enqueue(
        exceptionFrame(
          faults?.exceptionType ?? streamExceptionForErrorType(error.type),
          error.message ?? 'Internal error',
        ),
      );
      end(controller);
      return;
    }
    trackUsage(data);
    if (event === 'message_stop') {
      data['amazon-bedrock-invocationMetrics'] = {
        ...metrics,
        invocationLatency: Date.now() - startedAt,
        firstByteLatency: 1,
      };
    }
    if (event === 'completion') delete data['type'];
    const frame = chunkFrame(data);
    if (faults?.corruptFrameAfterEvents !== undefined && sentFrames >= faults.corruptFrameAfterEvents) {
      // One flipped payload bit: lengths and prelude stay valid, the message CRC no longer matches.
      frame[frame.length - 6] = (frame[frame.length - 6] ?? 0) ^ 0x01;
      controller.enqueue(frame);
      end(controller);
      return;
    }
    if (faults?.truncateFrameAfterEvents !== undefined && sentFrames >= faults.truncateFrameAfterEvents) {
      controller.enqueue(frame.subarray(0, Math.floor(frame.length / 2)));
      end(controller);
      return;
    }
    sentFrames += 1;
    controller.enqueue(frame);
  }

  function end(controller: TransformStreamDefaultController<Uint8Array>): void {
    ended = true;
    controller.terminate();
  }

  function trackUsage(data: Record<string, unknown>): void {
    const usage = (
      data['type'] === 'message_start' ? (data['message'] as { usage?: unknown } | undefined)?.usage : data['usage']
    ) as { input_tokens?: number; output_tokens?: number } | undefined;
    if (typeof usage?.input_tokens === 'number') metrics.inputTokenCount = usage.input_tokens;
    if (typeof usage?.output_tokens === 'number') metrics.outputTokenCount = usage.output_tokens;
  }

  const headers = new Headers(sse.headers);
  headers.set('content-type', 'application/vnd.amazon.eventstream');
  headers.set('x-amzn-bedrock-content-type', 'application/json');
  headers.delete('cache-control');
  return new Response(sse.body?.pipeThrough(frames) ?? null, { status: sse.status, headers });
}

function chunkFrame(data: unknown): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify(data));
  let binary = '';
  for (const byte of json) binary += String.fromCharCode(byte);
  // Bedrock pads payloads (`p`) so their length does not leak the content; clients ignore it.
  const payload = JSON.stringify({
    bytes: btoa(binary),
    p: 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0'.slice(0, 1 + (json.length % 50)),
  });
  return encodeEventStreamFrame({
    headers: { ':event-type': 'chunk', ':content-type': 'application/json', ':message-type': 'event' },
    payload: new TextEncoder().encode(payload),
  });
}

/**
 * An exception frame, as Bedrock sends for errors after the stream started.
 *
 * @example
 * exceptionFrame('throttlingException', 'Too many requests, please wait before trying again.');
 */
export function exceptionFrame(exception: string, message: string): Uint8Array {
  return encodeEventStreamFrame({
    headers: { ':exception-type': exception, ':content-type': 'application/json', ':message-type': 'exception' },
    payload: new TextEncoder().encode(JSON.stringify({ message })),
  });
}
