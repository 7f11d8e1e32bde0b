import type { ParsedEvent } from './request-helpers.js';

/**
 * A strict version of the SDK accumulator (streaming.md §4), used to prove the emulator's events add
 * up to the non-streaming Message. Throws on any event out of order.
 */
export function accumulateMessage(events: readonly ParsedEvent[]): Record<string, unknown> {
  let snapshot: Record<string, unknown> | undefined;
  const jsonBuffers = new Map<number, string>();
  for (const { event, data } of events) {
    if (event === 'ping') continue;
    if (event === 'message_start') {
      if (snapshot) throw new Error('message_start twice');
      snapshot = structuredClone(data['message']) as Record<string, unknown>;
      continue;
    }
    if (!snapshot) throw new Error(`${event} before message_start`);
    const content = snapshot['content'] as Array<Record<string, unknown>>;
    const index = data['index'] as number;
    switch (event) {
      case 'content_block_start':
        if (index !== content.length) throw new Error(`block ${index} out of order`);
        content.push({ ...(data['content_block'] as Record<string, unknown>) });
        break;
      case 'content_block_delta': {
        const block = content[index];
        const delta = data['delta'] as Record<string, unknown>;
        if (!block) throw new Error(`delta for missing block ${index}`);
        if (delta['type'] === 'text_delta') block['text'] = `${String(block['text'])}${String(delta['text'])}`;
        else if (delta['type'] === 'citations_delta')
          block['citations'] = [...((block['citations'] as unknown[] | null) ?? []), delta['citation']];
        else if (delta['type'] === 'thinking_delta')
          block['thinking'] = `${String(block['thinking'])}${String(delta['thinking'])}`;
        else if (delta['type'] === 'signature_delta') block['signature'] = delta['signature'];
        else if (delta['type'] === 'input_json_delta')
          jsonBuffers.set(index, `${jsonBuffers.get(index) ?? ''}${String(delta['partial_json'])}`);
        else if (delta['type'] === 'compaction_delta') {
          if (delta['content'] != null)
            block['content'] = `${String(block['content'] ?? '')}${String(delta['content'])}`;
          if (delta['encrypted_content'] != null) block['encrypted_content'] = delta['encrypted_content'];
        } else throw new Error(`unknown delta ${String(delta['type'])}`);
        break;
      }
      case 'content_block_stop': {
        const buffer = jsonBuffers.get(index);
        const block = content[index];
        if (buffer !== undefined && block) block['input'] = buffer === '' ? {} : JSON.parse(buffer);
        break;
      }
      case 'message_delta': {
        Object.assign(snapshot, data['delta']);
        const usage = snapshot['usage'] as Record<string, unknown>;
        for (const [key, value] of Object.entries(data['usage'] as Record<string, unknown>)) {
          if (value !== null || key === 'output_tokens') usage[key] = value;
        }
        break;
      }
      case 'message_stop':
        return snapshot;
      default:
        throw new Error(`unexpected event ${event}`);
    }
  }
  throw new Error('stream ended before message_stop');
}
