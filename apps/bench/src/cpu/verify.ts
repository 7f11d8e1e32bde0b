import { SMALL_MESSAGE_ID } from '../loopback/small-message.js';
import type { SseFacts } from '../loopback/sse-body.js';

/**
 * Throws unless `result` is the loopback server's small reply.
 *
 * @example
 * expectSmallMessage(await createMessage(client, PARAMS));
 */
export function expectSmallMessage(result: unknown): void {
  const id = (result as { id?: unknown } | null)?.id;
  if (id !== SMALL_MESSAGE_ID) throw new Error(`expected message ${SMALL_MESSAGE_ID}, got ${String(id)}`);
}

/**
 * A check that a raw stream yielded every non-ping event of the SSE body.
 *
 * @example
 * expectEventCount(server.sse)(await countEvents());
 */
export function expectEventCount(facts: SseFacts): (result: unknown) => void {
  return (result) => {
    if (result !== facts.events) throw new Error(`expected ${facts.events} events, got ${String(result)}`);
  };
}

interface FinalMessageLike {
  content?: { type: string; text?: string; input?: unknown }[];
}

/**
 * A check that a final message holds all the streamed text and every tool input, parsed.
 *
 * @example
 * expectFinalMessage(server.sse)(await stream.finalMessage());
 */
export function expectFinalMessage(facts: SseFacts): (result: unknown) => void {
  return (result) => {
    const content = (result as FinalMessageLike | null)?.content ?? [];
    const text = content.reduce((sum, block) => sum + (block.type === 'text' ? (block.text?.length ?? 0) : 0), 0);
    const tools = content.filter((block) => block.type === 'tool_use');
    const inputs = tools.reduce((sum, block) => sum + JSON.stringify(block.input).length, 0);
    if (text !== facts.textLength || tools.length !== facts.toolUses || inputs !== facts.toolInputLength) {
      throw new Error(
        `final message: text ${text}/${facts.textLength}, tool_use ${tools.length}/${facts.toolUses}, ` +
          `input JSON ${inputs}/${facts.toolInputLength}`,
      );
    }
  };
}
