import { AnthropicError } from '@anth/core';

/** A decoded event stream message: typed headers and the raw payload (as `@smithy/eventstream-codec` gives it). */
export interface EventStreamMessage {
  headers: Record<string, { type: string; value: unknown }>;
  body: Uint8Array;
}

/**
 * The first-party `error.type` of each Bedrock exception frame, so the stream throws the matching
 * class (and core retries a retryable one that arrives before any content).
 */
const ERROR_TYPE_BY_EXCEPTION: Record<string, string> = {
  throttlingException: 'rate_limit_error', // → RateLimitError
  validationException: 'invalid_request_error', // → BadRequestError
  modelTimeoutException: 'timeout_error', // → DeadlineExceededError
  serviceUnavailableException: 'overloaded_error', // → OverloadedError
  internalServerException: 'api_error', // → InternalServerError
  modelStreamErrorException: 'api_error', // → InternalServerError
};

/**
 * One Bedrock event stream message as SSE text for the normal streaming pipeline:
 * - a `chunk` event (payload `{"bytes": "<base64>"}`): the decoded Anthropic event as
 *   `event: <type>\ndata: <json>\n\n` (a payload without `type`, as legacy completions send, is a
 *   `completion` event);
 * - an exception frame: an SSE `error` event whose `error.type` follows
 *   {@link ERROR_TYPE_BY_EXCEPTION} (unknown exceptions: `api_error`) and whose message is the
 *   exception name and Bedrock's message, e.g. `throttlingException: Too many requests…`;
 * - any other event: nothing (forward compatibility).
 *
 * @example
 * eventStreamMessageToSSE(codec.decode(frame)); // 'event: message_stop\ndata: {"type":"message_stop"}\n\n'
 */
export function eventStreamMessageToSSE(message: EventStreamMessage): string {
  const messageType = headerString(message, ':message-type');
  if (messageType === 'event') {
    return headerString(message, ':event-type') === 'chunk' ? chunkToSSE(message.body) : '';
  }
  if (messageType === 'exception') {
    const exception = headerString(message, ':exception-type') ?? 'unknownException';
    return errorEvent(ERROR_TYPE_BY_EXCEPTION[exception] ?? 'api_error', exception, payloadMessage(message.body));
  }
  if (messageType === 'error') {
    // The event stream protocol's own errors carry code and message in headers.
    return errorEvent(
      'api_error',
      headerString(message, ':error-code') ?? 'error',
      headerString(message, ':error-message'),
    );
  }
  return '';
}

function chunkToSSE(body: Uint8Array): string {
  const payload = parseJSON(utf8(body));
  const bytes = (payload as { bytes?: unknown } | undefined)?.bytes;
  if (typeof bytes !== 'string')
    throw new AnthropicError(`Could not parse a Bedrock chunk: no base64 \`bytes\` in ${preview(utf8(body))}`);
  let json: string;
  try {
    json = utf8(Uint8Array.from(atob(bytes), (character) => character.charCodeAt(0)));
  } catch (error) {
    throw new AnthropicError(`Could not parse a Bedrock chunk: \`bytes\` is not base64: ${preview(bytes)}`, {
      cause: error,
    });
  }
  const event = parseJSON(json);
  if (event === undefined) throw new AnthropicError(`Could not parse a Bedrock chunk into JSON: ${preview(json)}`);
  const type = (event as { type?: unknown } | null)?.type;
  const name = typeof type === 'string' ? type.replace(/[\r\n]/g, '') : 'completion';
  return `event: ${name}\ndata: ${JSON.stringify(event)}\n\n`;
}

function errorEvent(type: string, name: string, message: string | undefined): string {
  const error = { type, message: message ? `${name}: ${message}` : name };
  return `event: error\ndata: ${JSON.stringify({ type: 'error', error })}\n\n`;
}

// Exception payloads are `{"message": "..."}` (some AWS shapes say `Message`).
function payloadMessage(body: Uint8Array): string | undefined {
  const text = utf8(body);
  const payload = parseJSON(text) as { message?: unknown; Message?: unknown } | undefined;
  const message = payload?.message ?? payload?.Message;
  return typeof message === 'string' ? message : text || undefined;
}

function headerString(message: EventStreamMessage, name: string): string | undefined {
  const value = message.headers[name]?.value;
  return typeof value === 'string' ? value : undefined;
}

function parseJSON(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function utf8(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes);
}

function preview(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
