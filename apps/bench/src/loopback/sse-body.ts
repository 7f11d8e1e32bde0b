import { seededRandom } from './seeded-random.js';

/** What the streamed reply holds, so each SDK's result can be checked against it. */
export interface SseFacts {
  /** Size of the whole SSE body. */
  bytes: number;
  /** Events other than `ping` (what an SDK's raw stream yields). */
  events: number;
  pings: number;
  inputJsonDeltas: number;
  /** Total length of the text blocks of the final message. */
  textLength: number;
  toolUses: number;
  /** Sum of `JSON.stringify(input).length` over the tool_use blocks of the final message. */
  toolInputLength: number;
}

export interface SseBody {
  body: Buffer;
  facts: SseFacts;
}

// Ten text blocks of ~2k deltas each and ten tool_use blocks of 200 input_json_delta fragments each:
// ~22k events, ~2k of them input_json_delta, ~2.8 MB, the shape of a long agentic reply.
const BLOCK_PAIRS = 10;
const TEXT_DELTAS_PER_BLOCK = 1_980;
const JSON_FRAGMENTS_PER_TOOL = 200;
const PING_EVERY = 500;

const WORDS = (
  'the of and to in is that for it as with was on be by this are or from at which but not have an ' +
  'function returns value request response stream client server message token model error retry ' +
  'buffer header status parse string number object array promise async await index result'
).split(' ');

/**
 * Builds the big streamed reply once, deterministically: `message_start`, then alternating text
 * and tool_use blocks (`content_block_start`, deltas, `content_block_stop`; tool inputs arrive as
 * `input_json_delta` fragments cut anywhere but inside an escape), a `ping` now and then,
 * `message_delta` and `message_stop`.
 *
 * @example
 * const { body, facts } = sseBody();
 * response.end(body);
 */
export function sseBody(): SseBody {
  const random = seededRandom(2026);
  const chunks: string[] = [];
  let events = 0;
  let pings = 0;
  let inputJsonDeltas = 0;
  let textLength = 0;
  let toolInputLength = 0;

  const ping = (): void => {
    chunks.push('event: ping\ndata: {"type": "ping"}\n\n');
    pings++;
  };
  const emit = (type: string, data: unknown): void => {
    chunks.push(`event: ${type}\ndata: ${JSON.stringify(data)}\n\n`);
    events++;
    if (events % PING_EVERY === 0) ping();
  };
  const words = (count: number): string =>
    Array.from({ length: count }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');

  emit('message_start', {
    type: 'message_start',
    message: {
      id: 'msg_01BenchStreamedReply00000',
      type: 'message',
      role: 'assistant',
      model: 'claude-opus-4-6',
      content: [],
      stop_reason: null,
      stop_sequence: null,
      usage: { input_tokens: 2_400, cache_creation_input_tokens: 0, cache_read_input_tokens: 0, output_tokens: 1 },
    },
  });
  ping();
  let index = 0;
  for (let pair = 0; pair < BLOCK_PAIRS; pair++) {
    emit('content_block_start', { type: 'content_block_start', index, content_block: { type: 'text', text: '' } });
    for (let delta = 0; delta < TEXT_DELTAS_PER_BLOCK; delta++) {
      const text = ` ${words(1 + Math.floor(random() * 4))}`;
      textLength += text.length;
      emit('content_block_delta', { type: 'content_block_delta', index, delta: { type: 'text_delta', text } });
    }
    emit('content_block_stop', { type: 'content_block_stop', index });
    index++;

    const input = { path: `src/module-${pair}.ts`, content: toolContent(words), overwrite: pair % 2 === 0 };
    toolInputLength += JSON.stringify(input).length;
    emit('content_block_start', {
      type: 'content_block_start',
      index,
      content_block: {
        type: 'tool_use',
        id: `toolu_01Bench${String(pair).padStart(14, '0')}`,
        name: 'write_file',
        input: {},
      },
    });
    for (const partial_json of fragments(JSON.stringify(input), JSON_FRAGMENTS_PER_TOOL, random)) {
      inputJsonDeltas++;
      emit('content_block_delta', {
        type: 'content_block_delta',
        index,
        delta: { type: 'input_json_delta', partial_json },
      });
    }
    emit('content_block_stop', { type: 'content_block_stop', index });
    index++;
  }
  emit('message_delta', {
    type: 'message_delta',
    delta: { stop_reason: 'tool_use', stop_sequence: null },
    usage: { output_tokens: 52_000 },
  });
  emit('message_stop', { type: 'message_stop' });

  const body = Buffer.from(chunks.join(''));
  const facts = {
    bytes: body.length,
    events,
    pings,
    inputJsonDeltas,
    textLength,
    toolUses: BLOCK_PAIRS,
    toolInputLength,
  };
  return { body, facts };
}

/** Source-like text with newlines, quotes and tabs, so the JSON of a tool input carries escapes. */
function toolContent(words: (count: number) => string): string {
  const lines: string[] = [];
  for (let line = 0; line < 60; line++) lines.push(`\tconst value${line} = "${words(6)}";`);
  return lines.join('\n');
}

/** Cuts `json` into `count` pieces of uneven length, never right after a backslash (inside an escape). */
function fragments(json: string, count: number, random: () => number): string[] {
  const cuts = [0];
  for (let piece = 1; piece < count; piece++) {
    let cut = Math.round((json.length * piece) / count + (random() - 0.5) * 8);
    while (json[cut - 1] === '\\') cut++;
    cuts.push(Math.max(cut, (cuts.at(-1) ?? 0) + 1));
  }
  cuts.push(json.length);
  return cuts.slice(0, -1).map((start, piece) => json.slice(start, cuts[piece + 1]));
}
