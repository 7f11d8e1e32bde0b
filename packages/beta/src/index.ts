// @anth/beta public surface: every export is named here (no `export *`), so an accidental API change
// shows up in the export snapshot test.

// Beta messages
export { createBetaMessage } from './messages/create-beta-message.js';
export { streamBetaMessage } from './messages/stream-beta-message.js';
export { countBetaTokens } from './messages/count-beta-tokens.js';
export { BetaMessages } from './messages/beta-messages.js';
export type { BetaMessageStream } from './messages/beta-message-stream.js';
export { parseBetaMessage } from './messages/parse-beta-message.js';

// Structured outputs
export { betaZodOutputFormat } from './structured-output/beta-zod-output-format.js';
export { betaJSONSchemaOutputFormat } from './structured-output/beta-json-schema-output-format.js';
export { betaStandardSchemaOutputFormat } from './structured-output/beta-standard-schema-output-format.js';
export type { ParsedBetaContentBlock, ParsedBetaMessage } from './structured-output/parsed-beta-message.js';

// Tools and the tool runner
export { betaTool, type BetaToolOptions, type BetaCustomToolDefinition } from './tools/beta-tool.js';
export {
  betaZodTool,
  type BetaZodToolOptions,
  type ZodSchemaLike,
  type ZodSchemaOutput,
  type ZodToJSONSchema,
} from './tools/beta-zod-tool.js';
export {
  betaStandardSchemaTool,
  type BetaStandardSchemaToolOptions,
} from './tools/beta-standard-schema-tool.js';
export { ToolError } from './tools/tool-error.js';
export type { BetaToolInputSchema, FromJSONSchema } from './tools/json-schema-type.js';
export type {
  BetaRunnableTool,
  BetaRunnableToolFunctions,
  BetaToolResult,
  BetaToolRunContext,
} from './tools/runnable-tool.js';
export { betaToolRunner } from './tool-runner/create-beta-tool-runner.js';
export { BetaToolRunner, type BetaToolRunnerTurn } from './tool-runner/beta-tool-runner.js';
export { ToolInputError } from './tool-runner/tool-input-error.js';
export type { BetaToolRunnerOptions, BetaToolRunnerParams } from './tool-runner/tool-runner-params.js';

// MCP: an MCP client's tools, prompts and resources as Claude's (typed structurally: no MCP dependency)
export { mcpTool, mcpTools, type MCPToolExtra, type MCPToolInput } from './mcp/mcp-tool.js';
export { mcpMessage, mcpMessages } from './mcp/mcp-message.js';
export { mcpContent } from './mcp/mcp-content.js';
export { mcpResourceToContent } from './mcp/mcp-resource-to-content.js';
export { mcpResourceToFile } from './mcp/mcp-resource-to-file.js';
export { UnsupportedMCPValueError } from './mcp/unsupported-mcp-value-error.js';
export type { MCPContentExtra } from './mcp/mcp-content-extra.js';
export type {
  MCPAudioContentLike,
  MCPBlobResourceContentsLike,
  MCPCallToolResultLike,
  MCPClientLike,
  MCPContentLike,
  MCPEmbeddedResourceLike,
  MCPImageContentLike,
  MCPLegacyCallToolResultLike,
  MCPPromptMessageLike,
  MCPReadResourceResultLike,
  MCPRequestOptionsLike,
  MCPResourceContentsLike,
  MCPResourceLinkLike,
  MCPTextContentLike,
  MCPTextResourceContentsLike,
  MCPToolLike,
} from './mcp/mcp-types.js';

// Memory tool (memory_20250818); a directory on disk: LocalFilesystemMemoryTool in @anth/beta/node
export {
  betaMemoryTool,
  type BetaMemoryToolExtra,
  type MemoryToolHandlers,
} from './memory/beta-memory-tool.js';

// Files
export { uploadFile } from './files/upload-file.js';
export { listFiles } from './files/list-files.js';
export { retrieveFileMetadata } from './files/retrieve-file-metadata.js';
export { downloadFile } from './files/download-file.js';
export { deleteFile } from './files/delete-file.js';
export { Files } from './files/files.js';

// Skills
export { createSkill } from './skills/create-skill.js';
export { retrieveSkill } from './skills/retrieve-skill.js';
export { listSkills } from './skills/list-skills.js';
export { deleteSkill } from './skills/delete-skill.js';
export { createSkillVersion } from './skills/create-skill-version.js';
export { retrieveSkillVersion } from './skills/retrieve-skill-version.js';
export { listSkillVersions } from './skills/list-skill-versions.js';
export { deleteSkillVersion } from './skills/delete-skill-version.js';
export { downloadSkillVersion } from './skills/download-skill-version.js';
export { Skills } from './skills/skills.js';
export { SkillVersions } from './skills/skill-versions.js';

// Message batches (beta)
export { createBetaBatch } from './batches/create-beta-batch.js';
export { retrieveBetaBatch } from './batches/retrieve-beta-batch.js';
export { listBetaBatches } from './batches/list-beta-batches.js';
export { cancelBetaBatch } from './batches/cancel-beta-batch.js';
export { deleteBetaBatch } from './batches/delete-beta-batch.js';
export { betaBatchResults } from './batches/beta-batch-results.js';
export { waitForBetaBatch, type WaitForBetaBatchOptions } from './batches/wait-for-beta-batch.js';
export { BetaBatches } from './batches/beta-batches.js';

// Models
export { listBetaModels } from './models/list-beta-models.js';
export { retrieveBetaModel } from './models/retrieve-beta-model.js';
export { BetaModels } from './models/beta-models.js';

export type { BetaRequestOptions, BetaWorkspaceRequestOptions } from './beta-request-options.js';

// Beta API types (type-only)
export type {
  BetaAdvisorTool20260301,
  BetaAllThinkingTurns,
  BetaAssistantMessageParam,
  BetaBatchCreateParams,
  BetaBatchCreateParamsRequest,
  BetaBatchListParams,
  BetaBillingPolicy,
  BetaClearThinking20251015Edit,
  BetaClearThinking20251015EditResponse,
  BetaClearToolUses20250919Edit,
  BetaClearToolUses20250919EditResponse,
  BetaClientToolDefinition,
  BetaClientToolFields,
  BetaCodeExecutionTool20250522,
  BetaCompact20260112Edit,
  BetaCompactionBlock,
  BetaCompactionBlockParam,
  BetaCompactionConfig,
  BetaCompactionContentBlockDelta,
  BetaContentBlock,
  BetaContentBlockParam,
  BetaContextManagementConfig,
  BetaContextManagementResponse,
  BetaCountTokensContextManagementResponse,
  BetaDeletedMessageBatch,
  BetaFallbackBlock,
  BetaFallbackBlockParam,
  BetaFallbackInfo,
  BetaFallbackParam,
  BetaInputTokensClearAtLeast,
  BetaInputTokensTrigger,
  BetaIterationUsage,
  BetaMCPToolConfig,
  BetaMCPToolResultBlock,
  BetaMCPToolset,
  BetaMCPToolUseBlock,
  BetaMCPToolUseBlockParam,
  BetaMemoryTool20250818Command,
  BetaMemoryTool20250818CreateCommand,
  BetaMemoryTool20250818DeleteCommand,
  BetaMemoryTool20250818InsertCommand,
  BetaMemoryTool20250818RenameCommand,
  BetaMemoryTool20250818StrReplaceCommand,
  BetaMemoryTool20250818ViewCommand,
  BetaMessage,
  BetaMessageBatch,
  BetaMessageBatchErroredResult,
  BetaMessageBatchIndividualResponse,
  BetaMessageBatchResult,
  BetaMessageBatchSucceededResult,
  BetaMessageContentParam,
  BetaMessageCountTokensParams,
  BetaMessageCreateParams,
  BetaMessageCreateParamsBase,
  BetaMessageCreateParamsNonStreaming,
  BetaMessageCreateParamsStreaming,
  BetaMessageDeltaUsage,
  BetaMessageParam,
  BetaMessageStreamParams,
  BetaMessageTokensCount,
  BetaModelInfo,
  BetaModelListParams,
  BetaRawContentBlockDelta,
  BetaRawContentBlockDeltaEvent,
  BetaRawContentBlockStartEvent,
  BetaRawMessageDeltaEvent,
  BetaRawMessageStartEvent,
  BetaRawMessageStreamEvent,
  BetaRequestFields,
  BetaRequestMCPServerToolConfiguration,
  BetaRequestMCPServerURLDefinition,
  BetaRequestMCPToolResultBlockParam,
  BetaRequestToolAdditionBlock,
  BetaRequestToolRemovalBlock,
  BetaStopReason,
  BetaSystemMessageParam,
  BetaThinkingTurns,
  BetaThreadParam,
  BetaToolBash20241022,
  BetaToolChangeToolDefinitionParam,
  BetaToolChangeToolReference,
  BetaToolComputerUse20241022,
  BetaToolComputerUse20250124,
  BetaToolComputerUse20251124,
  BetaToolDefinitionFields,
  BetaToolResultContentBlockParam,
  BetaToolTextEditor20241022,
  BetaToolUnion,
  BetaToolUsesKeep,
  BetaToolUsesTrigger,
  BetaUsage,
  BetaUserMessageParam,
  DeletedSkill,
  DeletedSkillVersion,
  FileListParams,
  FileUploadParams,
  Skill,
  SkillCreateParams,
  SkillListParams,
  SkillVersion,
  SkillVersionCreateParams,
  SkillVersionListParams,
  SkillVersionParams,
  Uploadable,
} from './types/index.js';

// The @anth/core types this package's functions take and return (every one its declarations name,
// checked by apps/pack-check), re-exported type-only so its users import them from here
// (`import type { Message } from '@anth/beta'`) at no run-time cost. Classes among them
// (`Anthropic`, `APIPromise`, …) are types here: construct them, or `instanceof` them, from @anth/core.
export type {
  APIPromise,
  Anthropic,
  AnthropicError,
  AutoParseableOutputFormat,
  BatchListParams,
  CacheControlEphemeral,
  CitationsConfigParam,
  Container,
  ContentBlock,
  ContentBlockParam,
  CursorPage,
  DeletedFile,
  DocumentBlockParam,
  ErrorResponse,
  FileMetadata,
  ImageBlockParam,
  JSONOutputFormat,
  JSONSchemaObject,
  JSONSchemaOutputFormatOptions,
  MemoryTool20250818,
  Message,
  MessageBatch,
  MessageBatchCanceledResult,
  MessageBatchExpiredResult,
  MessageCountTokensParams,
  MessageCreateParamsBase,
  MessageDeltaUsage,
  MessageStream,
  Model,
  ModelInfo,
  ModelListParams,
  OutputConfig,
  PagePromise,
  ParsedContentBlockOf,
  ParsedOutputOf,
  RawContentBlockDelta,
  RawContentBlockStopEvent,
  RawMessageStopEvent,
  RequestOptions,
  StandardSchemaLike,
  StandardSchemaOutput,
  StopDetails,
  StopReason,
  Stream,
  TextBlock,
  TextBlockParam,
  ToFileInput,
  Tool,
  ToolBash20250124,
  ToolResultBlockParam,
  ToolTextEditor20250124,
  ToolTextEditor20250429,
  ToolTextEditor20250728,
  ToolUnion,
  ToolUseBlock,
  Usage,
  WithParsedOutput,
  ZodOutputFormatOptions,
} from '@anth/core';
