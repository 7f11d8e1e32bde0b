import { expect, it } from 'vitest';
import { reExportedNames } from '../../../test-support/re-exported-names.js';
import * as messages from './index.js';

// Any change to this list is an API change: review it, then update the snapshot on purpose.
it('exports exactly these runtime names', () => {
  expect(Object.keys(messages).sort()).toMatchInlineSnapshot(`
    [
      "AI_PROMPT",
      "Completions",
      "HUMAN_PROMPT",
      "Messages",
      "Models",
      "countTokens",
      "createCompletion",
      "createMessage",
      "createMessageStream",
      "jsonSchemaOutputFormat",
      "listModels",
      "parseMessage",
      "retrieveModel",
      "streamMessage",
      "zodOutputFormat",
    ]
  `);
});

// Type-only, so users import the types of this package's signatures from it at no run-time cost.
it('re-exports exactly these @anth/core types, type-only', () => {
  expect(reExportedNames(new URL('./index.ts', import.meta.url), '@anth/core')).toMatchInlineSnapshot(`
    [
      "type APIPromise",
      "type Anthropic",
      "type AutoParseableOutputFormat",
      "type Completion",
      "type CompletionCreateParams",
      "type CompletionCreateParamsNonStreaming",
      "type CompletionCreateParamsStreaming",
      "type ContentBlock",
      "type ContentBlockParam",
      "type DocumentBlockParam",
      "type FromJSONSchema",
      "type ImageBlockParam",
      "type JSONSchemaObject",
      "type JSONSchemaOutputFormatOptions",
      "type Message",
      "type MessageCountTokensParams",
      "type MessageCreateParams",
      "type MessageCreateParamsBase",
      "type MessageCreateParamsNonStreaming",
      "type MessageCreateParamsStreaming",
      "type MessageParam",
      "type MessageStream",
      "type MessageStreamEvents",
      "type MessageStreamParams",
      "type MessageTokensCount",
      "type Model",
      "type ModelInfo",
      "type ModelListParams",
      "type PagePromise",
      "type ParsedMessage",
      "type ParsedOutputOf",
      "type RawContentBlockDelta",
      "type RawContentBlockDeltaEvent",
      "type RawContentBlockStartEvent",
      "type RawContentBlockStopEvent",
      "type RawMessageDeltaEvent",
      "type RawMessageStartEvent",
      "type RawMessageStopEvent",
      "type RawMessageStreamEvent",
      "type RequestOptions",
      "type StopReason",
      "type Stream",
      "type TextBlock",
      "type TextBlockParam",
      "type ThinkingBlock",
      "type Tool",
      "type ToolChoice",
      "type ToolResultBlockParam",
      "type ToolUnion",
      "type ToolUseBlock",
      "type Usage",
      "type ZodOutputFormatOptions",
      "type ZodSchemaLike",
      "type ZodSchemaOutput",
    ]
  `);
});
