// Type-level checks (run by `tsc -p tsconfig.json`) of the unions users narrow, as API version
// 2026-10-21 (official SDK 1.14) types them.
import { expectTypeOf } from 'vitest';
import type {
  AssistantMessageParam,
  CacheMissReason,
  ContentBlock,
  ContentBlockParam,
  Message,
  MessageCountTokensParams,
  MessageCreateParams,
  MessageCreateParamsNonStreaming,
  MessageParam,
  RawContentBlockDelta,
  RawMessageStreamEvent,
  StopReason,
  SystemMessageParam,
  TextBlock,
  TextBlockParam,
  ThinkingConfigParam,
  ToolUseBlock,
  UserMessageParam,
  Usage,
} from './index.js';

const base = { model: 'claude-opus-4-6', max_tokens: 1024, messages: [{ role: 'user' as const, content: 'Hi' }] };

export function messageParamByRole(message: MessageParam): void {
  switch (message.role) {
    case 'user':
      expectTypeOf(message).toEqualTypeOf<UserMessageParam>();
      expectTypeOf(message.content).toEqualTypeOf<string | ContentBlockParam[]>();
      break;
    case 'assistant':
      expectTypeOf(message).toEqualTypeOf<AssistantMessageParam>();
      break;
    case 'system':
      expectTypeOf(message).toEqualTypeOf<SystemMessageParam>();
      // A system message holds text only.
      expectTypeOf(message.content).toEqualTypeOf<string | TextBlockParam[]>();
      break;
    default:
      expectTypeOf(message).toBeNever();
  }
}

export function systemMessagesAreTextOnly(): void {
  const text: MessageParam = { role: 'system', content: [{ type: 'text', text: 'Answer in French.' }] };
  const image: MessageParam = {
    role: 'system',
    // @ts-expect-error a system message cannot hold an image (GA, 2026-10-21)
    content: [{ type: 'image', source: { type: 'url', url: 'https://example.com/a.png' } }],
  };
  const toolResult: MessageParam = {
    role: 'system',
    // @ts-expect-error nor a tool result
    content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: 'x' }],
  };
  // A user message may hold an image.
  const user: MessageParam = {
    role: 'user',
    content: [{ type: 'image', source: { type: 'url', url: 'https://example.com/a.png' } }],
  };
  void [text, image, toolResult, user];
}

export function samplingParamsAreGone(): void {
  // @ts-expect-error temperature is not a MessageCreateParams field (removed in 2026-10-21)
  const hot: MessageCreateParams = { ...base, temperature: 0.5 };
  // @ts-expect-error nor top_k
  const topK: MessageCreateParamsNonStreaming = { ...base, top_k: 5 };
  // @ts-expect-error nor top_p
  const topP: MessageCreateParamsNonStreaming = { ...base, top_p: 0.9 };
  const current: MessageCreateParamsNonStreaming = {
    ...base,
    speed: 'fast',
    diagnostics: { previous_message_id: 'msg_01' },
    inference_geo: 'us',
    output_config: { effort: 'xhigh' },
    service_tier: 'standard_only',
    workspace_id: 'wrkspc_1',
    user_profile_id: 'prof_1',
    thinking: { type: 'between_tools' },
  };
  const count: MessageCountTokensParams = { model: 'claude-opus-4-6', messages: base.messages, speed: 'fast' };
  void [hot, topK, topP, current, count];
}

export function contentBlockByType(block: ContentBlock): void {
  if (block.type === 'text') expectTypeOf(block).toEqualTypeOf<TextBlock>();
  if (block.type === 'tool_use') {
    expectTypeOf(block).toEqualTypeOf<ToolUseBlock>();
    expectTypeOf(block.input).toBeUnknown();
  }
  if (block.type === 'thinking') expectTypeOf(block.signature).toBeString();
  expectTypeOf<ContentBlock['type']>().toEqualTypeOf<
    | 'text'
    | 'thinking'
    | 'redacted_thinking'
    | 'tool_use'
    | 'server_tool_use'
    | 'web_search_tool_result'
    | 'web_fetch_tool_result'
    | 'code_execution_tool_result'
    | 'bash_code_execution_tool_result'
    | 'text_editor_code_execution_tool_result'
    | 'tool_search_tool_result'
    | 'container_upload'
  >();
}

export function streamEventsByType(event: RawMessageStreamEvent): void {
  switch (event.type) {
    case 'message_start':
      expectTypeOf(event.message).toEqualTypeOf<Message>();
      break;
    case 'message_delta':
      expectTypeOf(event.delta.stop_reason).toEqualTypeOf<StopReason | null>();
      break;
    case 'content_block_start':
      expectTypeOf(event.content_block).toEqualTypeOf<ContentBlock>();
      break;
    case 'content_block_delta':
      deltaByType(event.delta);
      break;
    case 'content_block_stop':
    case 'message_stop':
      break;
    default:
      expectTypeOf(event).toBeNever();
  }
}

function deltaByType(delta: RawContentBlockDelta): void {
  switch (delta.type) {
    case 'text_delta':
      expectTypeOf(delta.text).toBeString();
      break;
    case 'input_json_delta':
      expectTypeOf(delta.partial_json).toBeString();
      break;
    case 'thinking_delta':
      expectTypeOf(delta.thinking).toBeString();
      break;
    case 'signature_delta':
      expectTypeOf(delta.signature).toBeString();
      break;
    case 'citations_delta':
      break;
    default:
      expectTypeOf(delta).toBeNever();
  }
}

export function stopReasons(): void {
  expectTypeOf<StopReason>().toEqualTypeOf<
    | 'end_turn'
    | 'max_tokens'
    | 'stop_sequence'
    | 'tool_use'
    | 'pause_turn'
    | 'refusal'
    | 'model_context_window_exceeded'
  >();
}

export function thinkingConfigByType(thinking: ThinkingConfigParam): void {
  expectTypeOf<ThinkingConfigParam['type']>().toEqualTypeOf<'enabled' | 'disabled' | 'adaptive' | 'between_tools'>();
  if (thinking.type === 'enabled') {
    expectTypeOf(thinking.budget_tokens).toBeNumber();
    expectTypeOf(thinking.display).toEqualTypeOf<'summarized' | 'omitted' | null | undefined>();
  }
  // @ts-expect-error budget_tokens is required for enabled
  const missingBudget: ThinkingConfigParam = { type: 'enabled' };
  void missingBudget;
}

export function responseAdditions(message: Message, usage: Usage): void {
  expectTypeOf(usage.speed).toEqualTypeOf<'standard' | 'fast' | null | undefined>();
  const reason = message.diagnostics?.cache_miss_reason;
  expectTypeOf(reason).toEqualTypeOf<CacheMissReason | null | undefined>();
  if (reason?.type === 'messages_changed') expectTypeOf(reason.cache_missed_input_tokens).toBeNumber();
}
