import { AnthropicError } from '../errors/anthropic-error.js';
import { appendToolInputJSON, finishToolInput, isToolInputBlock } from './tool-input.js';

/**
 * What the accumulator needs of a message: `Message` and `BetaMessage` both fit. Kept structural so
 * the accumulator serves messages and beta alike, whatever the exact type names.
 */
export interface AccumulatableMessage {
  content: Array<{ type: string }>;
  usage: object;
}

/** What the accumulator needs of a stream event: a `type`; the rest is read per type. */
export interface AccumulatableEvent {
  type: string;
}

type Fields = Record<string, unknown>;

/**
 * What an event changed, as the `MessageStream` event it makes besides `streamEvent`: the event name
 * and its first argument, and, for events with a snapshot argument, the block and the field of it
 * that holds the snapshot. The snapshot is read only for listeners: reading a tool input parses it.
 */
export type MessageChange = readonly [event: string, value: unknown, block?: Fields, snapshotField?: string];

/**
 * Applies one raw stream event to the message being built and returns it (spec streaming §4).
 *
 * - `message_start` starts the snapshot: a copy of the event's message (with its own `content` and
 *   `usage`), which is then mutated in place by later events, never copied again.
 * - Deltas that do not fit their block (or unknown delta and event types) are ignored.
 * - `signature_delta` replaces; `message_delta` usage counts are cumulative totals and overwrite.
 * - Tool input JSON is buffered out of band and parsed lazily (see `tool-input.ts`); at
 *   `content_block_stop` it is frozen, and a buffer that is not valid JSON throws.
 *
 * @throws AnthropicError on events out of order, on an event that is not an object, and on a
 *   `message_start` without a message; ToolInputParseError (an AnthropicError) on a tool input that
 *   is not JSON.
 * @example
 * let snapshot: Message | undefined;
 * for await (const event of stream) snapshot = accumulateMessageEvent(snapshot, event);
 */
export function accumulateMessageEvent<M extends AccumulatableMessage>(
  snapshot: M | undefined,
  event: AccumulatableEvent,
): M {
  return applyMessageEvent(snapshot, event)[0];
}

/**
 * {@link accumulateMessageEvent}, also telling what the event changed (for `MessageStream`, so the
 * type of each delta is looked at once).
 *
 * @example
 * const [snapshot, change] = applyMessageEvent(previous, event);
 */
export function applyMessageEvent<M extends AccumulatableMessage>(
  snapshot: M | undefined,
  event: AccumulatableEvent,
): [M, MessageChange?] {
  // A corrupt body can parse to any JSON: it must fail the stream with an AnthropicError, never with
  // the TypeError of reading a field of something that is not an object (found by property tests).
  if (Object(event) !== event) throw malformed(event);
  const { type, index, delta, usage } = event as unknown as Fields & { index: number; delta?: Fields; usage?: Fields };
  const outOfOrder = (expected: string): AnthropicError =>
    new AnthropicError(`Unexpected event order, got ${type} before ${expected}`);
  if (type === 'message_start') {
    if (snapshot) throw outOfOrder('receiving "message_stop"');
    const { message } = event as unknown as { message: M };
    if (!Array.isArray(message?.content)) throw malformed(event);
    // The event belongs to whoever listens for it; the snapshot is ours to mutate.
    return [{ ...message, content: [...message.content], usage: { ...message.usage } }];
  }
  if (!snapshot) throw outOfOrder('"message_start"');
  const message = snapshot as unknown as Fields;
  const block = snapshot.content[index] as Fields | undefined;
  let change: MessageChange | undefined;
  if (type === 'content_block_start') {
    const started = { ...(event as unknown as { content_block: Fields }).content_block };
    snapshot.content.push(started as never);
    // Beta: a fallback block names the model that answers from here on.
    const fallbackModel =
      started['type'] === 'fallback' && (started['to'] as { model?: string } | null | undefined)?.model;
    if (fallbackModel) message['model'] = fallbackModel;
  } else if (type === 'content_block_delta' && block && delta) {
    change = applyDelta(block, delta);
  } else if (type === 'content_block_stop' && block) {
    finishToolInput(block);
    change = ['contentBlock', block];
  } else if (type === 'message_delta') {
    // `stop_reason`, `stop_sequence` and `stop_details` always overwrite (null included); `container`
    // and any later field only when sent non-null.
    for (const key in delta) if (delta[key] != null || key.startsWith('stop_')) message[key] = delta[key];
    const contextManagement = (event as unknown as Fields)['context_management'];
    if (contextManagement != null) message['context_management'] = contextManagement;
    // `output_tokens` always overwrites; every other count (input and cache tokens, server_tool_use,
    // output_tokens_details, beta iterations and fallback_credit, and later ones) is a cumulative
    // total sent when known.
    for (const key in usage)
      if (usage[key] != null || key === 'output_tokens') (snapshot.usage as Fields)[key] = usage[key];
  }
  // `message_stop` leaves the snapshot final; unknown types are ignored.
  return [snapshot, change];
}

/** The error of an event that is not an object, or a `message_start` without a message: its start quoted. */
function malformed(event: unknown): AnthropicError {
  return new AnthropicError(`Malformed stream event: ${JSON.stringify(event)?.slice(0, 200)}`);
}

/** Applies a `content_block_delta` to its block when the delta fits the block's type, and tells the change. */
function applyDelta(block: Fields, delta: Fields): MessageChange | undefined {
  const { type } = block;
  switch (delta['type']) {
    case 'text_delta':
    case 'thinking_delta': {
      // `text` grows `text` blocks, `thinking` grows `thinking` blocks; the event has the same name.
      const field = type as string;
      if (`${field}_delta` !== delta['type']) return;
      block[field] = ((block[field] as string | undefined) ?? '') + (delta[field] as string);
      return [field, delta[field], block, field];
    }
    case 'signature_delta':
      if (type === 'thinking') return ['signature', (block['signature'] = delta['signature'])];
      return;
    case 'citations_delta':
      if (type !== 'text') return;
      // Pushed, not copied: a citation-heavy answer must not cost O(n²).
      ((block['citations'] as unknown[] | null | undefined) ??= []).push(delta['citation']);
      return ['citation', delta['citation'], block, 'citations'];
    case 'input_json_delta':
      if (!isToolInputBlock(block)) return;
      appendToolInputJSON(block, delta['partial_json'] as string);
      return ['inputJson', delta['partial_json'], block, 'input'];
    case 'compaction_delta':
      if (type !== 'compaction') return;
      if (delta['encrypted_content'] != null) block['encrypted_content'] = delta['encrypted_content'];
      // A null `content` fragment carries nothing; appending it would spell "null".
      if (delta['content'] != null)
        return [
          'compaction',
          (block['content'] = ((block['content'] as string | null | undefined) ?? '') + (delta['content'] as string)),
        ];
    // Unknown delta types are ignored, for forward compatibility.
  }
  return;
}
