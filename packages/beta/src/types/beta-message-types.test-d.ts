// Type-level checks (run by `tsc -p tsconfig.json`) of the beta message params of API version
// 2026-10-21 (official SDK 1.14).
import type { MessageParam, TextBlockParam } from '@anth/core';
import { expectTypeOf } from 'vitest';
import type { BetaRequestToolAdditionBlock, BetaRequestToolRemovalBlock } from './beta-content-block-params.js';
import type {
  BetaAssistantMessageParam,
  BetaMessageContentParam,
  BetaMessageParam,
  BetaSystemMessageParam,
  BetaUserMessageParam,
} from './beta-message.js';
import type { BetaMessageCreateParamsNonStreaming } from './beta-message-params.js';

const removal = { type: 'tool_removal' as const, tool: { type: 'tool_reference' as const, name: 'delete_file' } };

export function betaMessageParamByRole(message: BetaMessageParam): void {
  switch (message.role) {
    case 'user':
      expectTypeOf(message).toEqualTypeOf<BetaUserMessageParam>();
      expectTypeOf(message.content).toEqualTypeOf<BetaMessageContentParam>();
      break;
    case 'assistant':
      expectTypeOf(message).toEqualTypeOf<BetaAssistantMessageParam>();
      break;
    case 'system':
      expectTypeOf(message).toEqualTypeOf<BetaSystemMessageParam>();
      // Text or tool changes, and optional.
      expectTypeOf(message.content).toEqualTypeOf<
        string | Array<TextBlockParam | BetaRequestToolAdditionBlock | BetaRequestToolRemovalBlock> | undefined
      >();
      break;
    default:
      expectTypeOf(message).toBeNever();
  }
}

export function systemMessages(): void {
  const toolChange: BetaMessageParam = { role: 'system', content: [removal], clear_at: 'next_user_message' };
  const effortOnly: BetaMessageParam = { role: 'system', output_config: { effort: 'low' } };
  // @ts-expect-error a beta system message holds no image either
  const image: BetaMessageParam = { role: 'system', content: [{ type: 'image', source: { type: 'url', url: 'u' } }] };
  // @ts-expect-error tool changes are beta blocks: a GA system message is text only
  const gaToolChange: MessageParam = { role: 'system', content: [removal] };
  void [toolChange, effortOnly, image, gaToolChange];
}

export function createParams(): void {
  const base = { model: 'claude-opus-4-6', max_tokens: 1024, messages: [{ role: 'user' as const, content: 'Hi' }] };
  const billed: BetaMessageCreateParamsNonStreaming = {
    ...base,
    billing_policy: { type: 'billing_policy', bill_to: 'user_profile' },
    speed: 'fast',
    diagnostics: { previous_message_id: 'msg_01' },
    thread: { type: 'create' },
  };
  // @ts-expect-error temperature is gone from the beta types too
  const hot: BetaMessageCreateParamsNonStreaming = { ...base, temperature: 1 };
  void [billed, hot];
}
