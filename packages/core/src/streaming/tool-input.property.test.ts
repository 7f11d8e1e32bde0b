// Property test of streamed tool input, through the public MessageStream: however the API splits a
// tool's input JSON into `input_json_delta` fragments, the `inputJson` events carry every fragment
// in order, their last snapshot is the input, and the final message's tool block holds it.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { readableOf } from '../../../../test-support/properties/chunking.js';
import { splitAt, toolInput, type StreamEvent } from '../../../../test-support/properties/message-scenario.js';
import { PROPERTY_TEST_TIMEOUT, propertySettings } from '../../../../test-support/properties/property-settings.js';
import { toJSONL, utf8 } from '../../../../test-support/properties/wire-formats.js';
import { MessageStream } from '../index.js';

type Message = { content: Array<{ type: string; input?: unknown }>; usage: object };

function toolEvents(fragments: readonly string[]): StreamEvent[] {
  return [
    {
      type: 'message_start',
      message: { id: 'msg_tool', type: 'message', role: 'assistant', content: [], usage: { input_tokens: 1 } },
    },
    {
      type: 'content_block_start',
      index: 0,
      content_block: { type: 'tool_use', id: 'toolu_1', name: 'lookup', input: {} },
    },
    ...fragments.map(
      (partial_json): StreamEvent => ({
        type: 'content_block_delta',
        index: 0,
        delta: { type: 'input_json_delta', partial_json },
      }),
    ),
    { type: 'content_block_stop', index: 0 },
    { type: 'message_delta', delta: { stop_reason: 'tool_use' }, usage: { output_tokens: 5 } },
    { type: 'message_stop' },
  ];
}

it(
  'partial tool input JSON split anywhere gives the same input',
  async () => {
    await fc.assert(
      fc.asyncProperty(
        toolInput,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 30 }),
        async (input, cuts) => {
          const json = JSON.stringify(input);
          const fragments = splitAt(json, cuts);
          const stream = MessageStream.fromReadableStream<Message, StreamEvent>(
            readableOf([utf8(toJSONL(toolEvents(fragments), '\n'))]),
          );
          const seen: Array<[string, unknown]> = [];
          stream.on('inputJson', (partial, snapshot) => seen.push([partial, structuredClone(snapshot)]));
          const message = await stream.finalMessage();

          expect(seen.map(([partial]) => partial)).toEqual(fragments);
          // Each snapshot is a parse of the input so far: always an object, never a throw.
          for (const [, snapshot] of seen) expect(typeof snapshot).toBe('object');
          expect(seen.at(-1)?.[1]).toEqual(input);
          expect(message.content[0]?.input).toEqual(input);
        },
      ),
      propertySettings(300),
    );
  },
  PROPERTY_TEST_TIMEOUT,
);
