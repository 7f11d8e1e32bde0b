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
 * Applies one raw stream event to the message being built and returns it (spec streaming §4).
 *
 * - `message_start` starts the snapshot: a copy of the event's message (with its own `content` and
 *   `usage`), which is then mutated in place by later events, never copied again.
 * - Deltas that do not fit their block (or unknown delta and event types) are ignored.
 * - `signature_delta` replaces; `message_delta` usage counts are cumulative totals and overwrite.
 * - Tool input JSON is buffered out of band and parsed lazily (see `tool-input.ts`); at
 *   `content_block_stop` it is frozen, and a buffer that is not valid JSON throws.
 *
 * @throws AnthropicError on events out of order; ToolInputParseError (an AnthropicError) on a tool
 *   input that is not JSON.
 * @example
 * let snapshot: Message | undefined;
 * for await (const event of stream) snapshot = accumulateMessageEvent(snapshot, event);
 */
export function accumulateMessageEvent<M extends AccumulatableMessage>(snapshot: M | undefined, event: AccumulatableEvent): M {
  const fields = event as unknown as Fields;
  if (event.type === 'message_start') {
    if (snapshot) throw new AnthropicError(`Unexpected event order, got ${event.type} before receiving "message_stop"`);
    const message = fields['message'] as M;
    // The event belongs to whoever listens for it; the snapshot is ours to mutate.
    return { ...message, content: [...message.content], usage: { ...message.usage } };
  }
  if (!snapshot) throw new AnthropicError(`Unexpected event order, got ${event.type} before "message_start"`);

  switch (event.type) {
    case 'content_block_delta':
      applyDelta(snapshot.content[fields['index'] as number] as Fields | undefined, fields['delta'] as Fields);
      break;
    case 'content_block_start': {
      const block = { ...(fields['content_block'] as Fields) } as Fields & { type: string };
      snapshot.content.push(block);
      if (block.type === 'fallback') {
        const model = (block['to'] as { model?: unknown } | null | undefined)?.model;
        if (typeof model === 'string') (snapshot as unknown as Fields)['model'] = model;
      }
      break;
    }
    case 'content_block_stop': {
      const block = snapshot.content[fields['index'] as number];
      if (block) finishToolInput(block);
      break;
    }
    case 'message_delta':
      applyMessageDelta(snapshot as unknown as Fields, fields);
      break;
    default:
    // `message_stop` leaves the snapshot final; unknown types are ignored.
  }
  return snapshot;
}

function applyDelta(block: Fields | undefined, delta: Fields): void {
  if (!block) return;
  switch (delta['type']) {
    case 'text_delta':
      if (block['type'] === 'text') block['text'] = ((block['text'] as string | undefined) ?? '') + (delta['text'] as string);
      return;
    case 'input_json_delta':
      if (isToolInputBlock(block)) appendToolInputJSON(block, delta['partial_json'] as string);
      return;
    case 'thinking_delta':
      if (block['type'] === 'thinking') block['thinking'] = ((block['thinking'] as string | undefined) ?? '') + (delta['thinking'] as string);
      return;
    case 'signature_delta':
      if (block['type'] === 'thinking') block['signature'] = delta['signature'];
      return;
    case 'citations_delta':
      if (block['type'] === 'text') {
        // Pushed, not copied: a citation-heavy answer must not cost O(n²).
        const citations = block['citations'] as unknown[] | null | undefined;
        if (citations) citations.push(delta['citation']);
        else block['citations'] = [delta['citation']];
      }
      return;
    case 'compaction_delta':
      if (block['type'] === 'compaction') {
        // A null `content` fragment carries nothing; appending it would spell "null".
        if (delta['content'] != null) block['content'] = ((block['content'] as string | null | undefined) ?? '') + (delta['content'] as string);
        if (delta['encrypted_content'] != null) block['encrypted_content'] = delta['encrypted_content'];
      }
      return;
    default:
    // Unknown delta types are ignored, for forward compatibility.
  }
}

function applyMessageDelta(snapshot: Fields, event: Fields): void {
  const delta = event['delta'] as Fields | undefined;
  if (delta) {
    snapshot['stop_reason'] = delta['stop_reason'];
    snapshot['stop_sequence'] = delta['stop_sequence'];
    if (delta['stop_details'] !== undefined) snapshot['stop_details'] = delta['stop_details'];
    if (delta['container'] != null) snapshot['container'] = delta['container'];
  }
  if (event['context_management'] != null) snapshot['context_management'] = event['context_management'];
  const usage = event['usage'] as Fields | undefined;
  if (usage) {
    const target = snapshot['usage'] as Fields;
    target['output_tokens'] = usage['output_tokens'];
    // Every other count (input and cache tokens, server_tool_use, output_tokens_details, beta
    // iterations and fallback_credit, and later ones) is a cumulative total sent when known.
    for (const key in usage) {
      if (key !== 'output_tokens' && usage[key] != null) target[key] = usage[key];
    }
  }
}
