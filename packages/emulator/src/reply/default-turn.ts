import type { ScriptedBlock, ScriptedTurn } from '../types.js';
import { lastUserText } from './last-user-text.js';
import type { MessageRequestParams } from './message-types.js';
import { createStructuredOutputText } from './structured-output-text.js';

const QUOTE_LIMIT = 100;

/**
 * The reply of the built-in "model" when nothing is scripted: deterministic text that quotes the last
 * user message, preceded by a thinking block when the request enables thinking. With a `json_schema`
 * `output_config.format` the text is JSON satisfying the schema instead (`structuredOutput` of the
 * scripted turn can spoil it). Like the API it stops at a requested stop sequence and at `max_tokens`
 * (estimated as four characters per token).
 *
 * @example
 * createDefaultTurn({ model: 'm', max_tokens: 100, messages: [{ role: 'user', content: 'Hi' }] });
 * // { content: [{ type: 'text', text: 'Hello! You said: "Hi"' }], stop_reason: 'end_turn', stop_sequence: null }
 */
export function createDefaultTurn(
  params: MessageRequestParams,
  structuredOutput?: ScriptedTurn['structuredOutput'],
): Required<Pick<ScriptedTurn, 'content' | 'stop_reason' | 'stop_sequence'>> {
  const format = params.output_config?.format;
  const structured =
    format?.type === 'json_schema' ? createStructuredOutputText(format.schema, structuredOutput) : undefined;
  let text = structured?.text ?? createDefaultReplyText(params.messages);
  let stopReason: 'end_turn' | 'max_tokens' | 'stop_sequence' = structured?.cut ? 'max_tokens' : 'end_turn';
  let stopSequence: string | null = null;

  const stop = findFirstStopSequence(text, params.stop_sequences ?? []);
  if (stop) {
    text = text.slice(0, stop.index);
    stopReason = 'stop_sequence';
    stopSequence = stop.sequence;
  }
  const characterLimit = (params.max_tokens ?? Number.POSITIVE_INFINITY) * 4;
  if (text.length > characterLimit) {
    text = text.slice(0, characterLimit);
    stopReason = 'max_tokens';
    stopSequence = null;
  }

  const content: ScriptedBlock[] = [];
  const thinkingType = params.thinking?.type;
  if (thinkingType === 'enabled' || thinkingType === 'adaptive') {
    // `display: 'omitted'` keeps the block (and its signature) but sends no thinking text.
    const thinking =
      params.thinking?.display === 'omitted' ? '' : 'The user wants a reply. I will echo what they said.';
    content.push({ type: 'thinking', thinking });
  }
  if (text !== '') content.push({ type: 'text', text });
  return { content, stop_reason: stopReason, stop_sequence: stopSequence };
}

/**
 * `Hello! You said: "<last user text>"`, quoting at most 100 characters.
 *
 * @example
 * createDefaultReplyText([{ role: 'user', content: 'Hi' }]); // 'Hello! You said: "Hi"'
 */
export function createDefaultReplyText(messages: MessageRequestParams['messages']): string {
  const said = lastUserText(messages);
  if (said === '') return 'Hello! How can I help you today?';
  const characters = Array.from(said);
  const quoted = characters.length > QUOTE_LIMIT ? `${characters.slice(0, QUOTE_LIMIT).join('')}…` : said;
  return `Hello! You said: "${quoted}"`;
}

function findFirstStopSequence(
  text: string,
  stopSequences: readonly string[],
): { index: number; sequence: string } | undefined {
  let first: { index: number; sequence: string } | undefined;
  for (const sequence of stopSequences) {
    const index = sequence === '' ? -1 : text.indexOf(sequence);
    if (index !== -1 && (!first || index < first.index)) first = { index, sequence };
  }
  return first;
}
