export { createMessage } from './create-message.js';
export { createMessageStream } from './create-message-stream.js';
export { streamMessage } from './stream-message.js';
export { parseMessage } from './parse-message.js';
export { zodOutputFormat } from './zod-output-format.js';
export { jsonSchemaOutputFormat } from './json-schema-output-format.js';
export { countTokens } from './count-tokens.js';
export { listModels } from './list-models.js';
export { retrieveModel, type RetrieveModelOptions } from './retrieve-model.js';
export { createCompletion } from './create-completion.js';
export { HUMAN_PROMPT, AI_PROMPT } from './prompts.js';
export { Messages } from './messages.js';
export { Models } from './models.js';
export { Completions } from './completions.js';

// The @anth/core types this package's functions take and return (every one its declarations name,
// checked by apps/pack-check), re-exported type-only so its users import them from here
// (`import type { Message } from '@anth/messages'`) at no run-time cost. Classes among them
// (`Anthropic`, `APIPromise`, …) are types here: construct them, or `instanceof` them, from @anth/core.
export type {
  APIPromise,
  Anthropic,
  AutoParseableOutputFormat,
  Completion,
  CompletionCreateParams,
  CompletionCreateParamsNonStreaming,
  CompletionCreateParamsStreaming,
  ContentBlock,
  ContentBlockParam,
  DocumentBlockParam,
  FromJSONSchema,
  ImageBlockParam,
  JSONSchemaObject,
  JSONSchemaOutputFormatOptions,
  Message,
  MessageCountTokensParams,
  MessageCreateParams,
  MessageCreateParamsBase,
  MessageCreateParamsNonStreaming,
  MessageCreateParamsStreaming,
  MessageParam,
  MessageStream,
  MessageStreamEvents,
  MessageStreamParams,
  MessageTokensCount,
  Model,
  ModelInfo,
  ModelListParams,
  PagePromise,
  ParsedMessage,
  ParsedOutputOf,
  RawContentBlockDelta,
  RawContentBlockDeltaEvent,
  RawContentBlockStartEvent,
  RawContentBlockStopEvent,
  RawMessageDeltaEvent,
  RawMessageStartEvent,
  RawMessageStopEvent,
  RawMessageStreamEvent,
  RequestOptions,
  StopReason,
  Stream,
  TextBlock,
  TextBlockParam,
  ThinkingBlock,
  Tool,
  ToolChoice,
  ToolResultBlockParam,
  ToolUnion,
  ToolUseBlock,
  Usage,
  ZodOutputFormatOptions,
  ZodSchemaLike,
  ZodSchemaOutput,
} from '@anth/core';
