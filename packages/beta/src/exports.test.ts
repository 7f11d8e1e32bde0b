import { expect, it } from 'vitest';
import { reExportedNames } from '../../../test-support/re-exported-names.js';
import * as beta from './index.js';
import * as node from './node.js';

// Any change to these lists is an API change: review it, then update the snapshot on purpose.
it('exports exactly these runtime names', () => {
  expect(Object.keys(beta).sort()).toMatchInlineSnapshot(`
    [
      "BetaBatches",
      "BetaMessages",
      "BetaModels",
      "BetaToolRunner",
      "Files",
      "SkillVersions",
      "Skills",
      "ToolError",
      "ToolInputError",
      "UnsupportedMCPValueError",
      "betaBatchResults",
      "betaJSONSchemaOutputFormat",
      "betaMemoryTool",
      "betaStandardSchemaOutputFormat",
      "betaStandardSchemaTool",
      "betaTool",
      "betaToolRunner",
      "betaZodOutputFormat",
      "betaZodTool",
      "cancelBetaBatch",
      "countBetaTokens",
      "createBetaBatch",
      "createBetaMessage",
      "createSkill",
      "createSkillVersion",
      "deleteBetaBatch",
      "deleteFile",
      "deleteSkill",
      "deleteSkillVersion",
      "downloadFile",
      "downloadSkillVersion",
      "listBetaBatches",
      "listBetaModels",
      "listFiles",
      "listSkillVersions",
      "listSkills",
      "mcpContent",
      "mcpMessage",
      "mcpMessages",
      "mcpResourceToContent",
      "mcpResourceToFile",
      "mcpTool",
      "mcpTools",
      "parseBetaMessage",
      "retrieveBetaBatch",
      "retrieveBetaModel",
      "retrieveFileMetadata",
      "retrieveSkill",
      "retrieveSkillVersion",
      "streamBetaMessage",
      "uploadFile",
      "waitForBetaBatch",
    ]
  `);
});

it('the node entry exports exactly these runtime names', () => {
  expect(Object.keys(node).sort()).toMatchInlineSnapshot(`
    [
      "LocalFilesystemMemoryTool",
      "fileFromPath",
      "skillFilesFromDirectory",
    ]
  `);
});

// Type-only, so users import the types of this package's signatures from it at no run-time cost.
it('re-exports exactly these @anth/core types, type-only', () => {
  expect(reExportedNames(new URL('./index.ts', import.meta.url), '@anth/core')).toMatchInlineSnapshot(`
    [
      "type APIPromise",
      "type Anthropic",
      "type AnthropicError",
      "type AutoParseableOutputFormat",
      "type BatchListParams",
      "type CacheControlEphemeral",
      "type CitationsConfigParam",
      "type Container",
      "type ContentBlock",
      "type ContentBlockParam",
      "type CursorPage",
      "type DeletedFile",
      "type DocumentBlockParam",
      "type ErrorResponse",
      "type FileMetadata",
      "type ImageBlockParam",
      "type JSONOutputFormat",
      "type JSONSchemaObject",
      "type JSONSchemaOutputFormatOptions",
      "type MemoryTool20250818",
      "type Message",
      "type MessageBatch",
      "type MessageBatchCanceledResult",
      "type MessageBatchExpiredResult",
      "type MessageCountTokensParams",
      "type MessageCreateParamsBase",
      "type MessageDeltaUsage",
      "type MessageStream",
      "type Model",
      "type ModelInfo",
      "type ModelListParams",
      "type PagePromise",
      "type ParsedContentBlockOf",
      "type ParsedOutputOf",
      "type RawContentBlockDelta",
      "type RawContentBlockStopEvent",
      "type RawMessageStopEvent",
      "type RequestOptions",
      "type StandardSchemaLike",
      "type StandardSchemaOutput",
      "type StopDetails",
      "type StopReason",
      "type Stream",
      "type TextBlock",
      "type TextBlockParam",
      "type ToFileInput",
      "type Tool",
      "type ToolBash20250124",
      "type ToolResultBlockParam",
      "type ToolTextEditor20250124",
      "type ToolTextEditor20250429",
      "type ToolTextEditor20250728",
      "type ToolUnion",
      "type ToolUseBlock",
      "type Usage",
      "type WithParsedOutput",
      "type ZodOutputFormatOptions",
    ]
  `);
});
