import {
  createMessageId,
  createRandomBase62,
  createServerToolUseId,
  createThinkingSignature,
  createToolUseId,
} from '../ids.js';
import { estimateInputTokens, estimateTextTokens } from '../token-estimate.js';
import type { ScriptedBlock, ScriptedTurn } from '../types.js';
import { createDefaultTurn } from './default-turn.js';
import type { ContentBlock, Message, MessageContainer, MessageRequestParams, Usage } from './message-types.js';
import { setRawInputJson } from './raw-input-json.js';

/**
 * Turns a scripted turn (or, without one, the default reply) into the complete `Message` the API
 * would return: generated ids and signatures, the default stop reason, estimated usage.
 *
 * @example
 * buildMessage({ content: [{ type: 'text', text: 'Hi' }] }, params).stop_reason; // 'end_turn'
 */
export function buildMessage(turn: ScriptedTurn | undefined, params: MessageRequestParams): Message {
  const defaultTurn = turn?.content ? undefined : createDefaultTurn(params, turn?.structuredOutput);
  const content = (turn?.content ?? defaultTurn?.content ?? []).map(toContentBlock);
  const hasToolUse = content.some((block) => block.type === 'tool_use');
  const stopReason = turn?.stop_reason ?? defaultTurn?.stop_reason ?? (hasToolUse ? 'tool_use' : 'end_turn');
  return {
    id: turn?.id ?? createMessageId(),
    type: 'message',
    role: 'assistant',
    model: turn?.model ?? params.model,
    content,
    stop_reason: stopReason,
    stop_sequence: turn?.stop_sequence ?? defaultTurn?.stop_sequence ?? null,
    stop_details: null,
    container: toContainer(turn?.container),
    // Asked-for additions of 2026-10-21: cache diagnostics, and the speed the request ran at.
    ...(params.diagnostics == null
      ? undefined
      : { diagnostics: turn?.diagnostics ?? { cache_miss_reason: { type: 'unavailable' } } }),
    usage: {
      ...buildUsage(turn?.usage, estimateInputTokens(params), estimateOutputTokens(content)),
      ...(params.speed == null ? undefined : { speed: params.speed }),
    },
  };
}

function toContainer(container: ScriptedTurn['container']): MessageContainer | null {
  if (!container) return null;
  return {
    id: container.id,
    expires_at: container.expires_at ?? new Date(Date.now() + 3_600_000).toISOString(),
    skills: container.skills ?? null,
  };
}

function toContentBlock(block: ScriptedBlock): ContentBlock {
  switch (block.type) {
    case 'text':
      return { type: 'text', text: block.text, citations: block.citations ?? null };
    case 'tool_use': {
      if (block.inputJson === undefined)
        return { type: 'tool_use', id: block.id ?? createToolUseId(), name: block.name, input: block.input };
      const built: ContentBlock = {
        type: 'tool_use',
        id: block.id ?? createToolUseId(),
        name: block.name,
        input: parseOrRaw(block.inputJson),
      };
      setRawInputJson(built, block.inputJson);
      return built;
    }
    case 'mcp_tool_use':
      return {
        type: 'mcp_tool_use',
        id: block.id ?? `mcptoolu_${createRandomBase62(24)}`,
        name: block.name,
        server_name: block.server_name,
        input: block.input,
      };
    case 'mcp_tool_result':
      return {
        type: 'mcp_tool_result',
        tool_use_id: block.tool_use_id,
        content: block.content,
        is_error: block.is_error ?? false,
      };
    case 'compaction':
      return { type: 'compaction', content: block.content, encrypted_content: block.encrypted_content ?? null };
    case 'server_tool_use':
      return { type: 'server_tool_use', id: block.id ?? createServerToolUseId(), name: block.name, input: block.input };
    case 'thinking':
      return { type: 'thinking', thinking: block.thinking, signature: block.signature ?? createThinkingSignature() };
    default:
      // redacted_thinking, server tool results and any future block: already in wire shape.
      return { ...block };
  }
}

function estimateOutputTokens(content: readonly ContentBlock[]): number {
  let tokens = 0;
  for (const block of content) {
    if (block.type === 'text') tokens += estimateTextTokens(String(block['text']));
    else if (block.type === 'thinking') tokens += estimateTextTokens(String(block['thinking']));
    else if ('input' in block) tokens += estimateTextTokens(JSON.stringify(block['input']));
  }
  // The API never reports zero output tokens for a reply, even an empty one.
  return Math.max(tokens, 1);
}

function buildUsage(overrides: ScriptedTurn['usage'], inputTokens: number, outputTokens: number): Usage {
  return {
    input_tokens: overrides?.input_tokens ?? inputTokens,
    output_tokens: overrides?.output_tokens ?? outputTokens,
    cache_creation_input_tokens: overrides?.cache_creation_input_tokens ?? 0,
    cache_read_input_tokens: overrides?.cache_read_input_tokens ?? 0,
    cache_creation: {
      // A scripted cache write is reported as 5-minute cache, the default TTL.
      ephemeral_5m_input_tokens: overrides?.cache_creation_input_tokens ?? 0,
      ephemeral_1h_input_tokens: 0,
    },
    server_tool_use: null,
    service_tier: 'standard',
    inference_geo: null,
  };
}

/** A JSON reply carries scripted input JSON parsed, or as the raw string when it does not parse. */
function parseOrRaw(json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return json;
  }
}
