import fc from 'fast-check';

/** One raw stream event, as the API sends it (a JSON object with a `type`). */
export type StreamEvent = { type: string } & Record<string, unknown>;

/**
 * A streamed message: the events of one reply in wire order, and the message they build. The
 * expected message is computed here from the generated blocks, never by the SDK's accumulator.
 */
export interface MessageScenario {
  events: StreamEvent[];
  message: Record<string, unknown>;
}

/** Cut points (fractions of the length) that split a string into fragments, empty ones included. */
const cuts = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 12 });

/**
 * `text` split at the given fractions of its length (UTF-16 code units: a split may fall inside a
 * surrogate pair, which the concatenation restores).
 *
 * @example
 * splitAt('hello', [0.5]); // ['he', 'llo']
 */
export function splitAt(text: string, fractions: readonly number[]): string[] {
  const positions = [...new Set(fractions.map((fraction) => Math.floor(fraction * text.length)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let start = 0;
  for (const position of positions) {
    pieces.push(text.slice(start, position));
    start = position;
  }
  pieces.push(text.slice(start));
  return pieces;
}

/** Any JSON object, as a tool input: the value the split `partial_json` fragments must rebuild. */
export const toolInput = fc
  .dictionary(fc.string({ unit: 'binary', maxLength: 8 }), fc.jsonValue({ maxDepth: 3, stringUnit: 'binary' }), {
    maxKeys: 5,
  })
  .map((value) => JSON.parse(JSON.stringify(value)) as Record<string, unknown>);

const text = fc.string({ unit: 'binary', maxLength: 60 });

type Block =
  | { kind: 'text'; text: string; cuts: number[] }
  | { kind: 'thinking'; thinking: string; signature: string; cuts: number[] }
  | { kind: 'tool_use'; name: string; input: Record<string, unknown>; cuts: number[] };

const block: fc.Arbitrary<Block> = fc.oneof(
  fc.record({ kind: fc.constant('text' as const), text, cuts }),
  fc.record({
    kind: fc.constant('thinking' as const),
    thinking: text,
    signature: fc.base64String({ maxLength: 16 }),
    cuts,
  }),
  fc.record({
    kind: fc.constant('tool_use' as const),
    name: fc.stringMatching(/^[a-zA-Z0-9_-]{1,16}$/),
    input: toolInput,
    cuts,
  }),
);

/** The events of one content block at `index`, and the block they build. */
function blockEvents(item: Block, index: number): { events: StreamEvent[]; built: Record<string, unknown> } {
  const delta = (value: Record<string, unknown>): StreamEvent => ({ type: 'content_block_delta', index, delta: value });
  const start = (content_block: Record<string, unknown>): StreamEvent => ({
    type: 'content_block_start',
    index,
    content_block,
  });
  const stop: StreamEvent = { type: 'content_block_stop', index };
  if (item.kind === 'text') {
    const deltas = splitAt(item.text, item.cuts).map((piece) => delta({ type: 'text_delta', text: piece }));
    return { events: [start({ type: 'text', text: '' }), ...deltas, stop], built: { type: 'text', text: item.text } };
  }
  if (item.kind === 'thinking') {
    const deltas = splitAt(item.thinking, item.cuts).map((piece) => delta({ type: 'thinking_delta', thinking: piece }));
    return {
      events: [
        start({ type: 'thinking', thinking: '', signature: '' }),
        ...deltas,
        delta({ type: 'signature_delta', signature: item.signature }),
        stop,
      ],
      built: { type: 'thinking', thinking: item.thinking, signature: item.signature },
    };
  }
  const id = `toolu_${index}`;
  const deltas = splitAt(JSON.stringify(item.input), item.cuts).map((piece) =>
    delta({ type: 'input_json_delta', partial_json: piece }),
  );
  return {
    events: [start({ type: 'tool_use', id, name: item.name, input: {} }), ...deltas, stop],
    built: { type: 'tool_use', id, name: item.name, input: item.input },
  };
}

/**
 * A whole reply: `message_start`, one to four content blocks (text, thinking with its signature,
 * tool use) each split into deltas at arbitrary points, `message_delta`, `message_stop`.
 *
 * @example
 * fc.assert(fc.asyncProperty(messageScenario, async ({ events, message }) => { ... }));
 */
export const messageScenario: fc.Arbitrary<MessageScenario> = fc
  .record({
    blocks: fc.array(block, { minLength: 1, maxLength: 4 }),
    inputTokens: fc.nat({ max: 100_000 }),
    outputTokens: fc.nat({ max: 100_000 }),
    stopReason: fc.constantFrom('end_turn', 'max_tokens', 'tool_use', 'stop_sequence'),
  })
  .map(({ blocks, inputTokens, outputTokens, stopReason }) => {
    const started = {
      id: 'msg_property',
      type: 'message',
      role: 'assistant',
      model: 'claude-property',
      content: [],
      stop_reason: null,
      stop_sequence: null,
      usage: { input_tokens: inputTokens, output_tokens: 1 },
    };
    const parts = blocks.map(blockEvents);
    const events: StreamEvent[] = [
      { type: 'message_start', message: started },
      ...parts.flatMap((part) => part.events),
      {
        type: 'message_delta',
        delta: { stop_reason: stopReason, stop_sequence: null },
        usage: { output_tokens: outputTokens },
      },
      { type: 'message_stop' },
    ];
    const message = {
      ...started,
      content: parts.map((part) => part.built),
      stop_reason: stopReason,
      usage: { input_tokens: inputTokens, output_tokens: outputTokens },
    };
    return { events, message };
  });
