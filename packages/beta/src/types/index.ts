/** Beta API types of @anth/beta: type-only, one file per area; GA types are reused from @anth/core. */
export type {
  BetaToolDefinitionFields,
  BetaClientToolFields,
  BetaToolComputerUse20241022,
  BetaToolComputerUse20250124,
  BetaToolComputerUse20251124,
  BetaToolBash20241022,
  BetaToolTextEditor20241022,
  BetaCodeExecutionTool20250522,
  BetaMCPToolConfig,
  BetaMCPToolset,
  BetaAdvisorTool20260301,
  BetaToolUnion,
  BetaClientToolDefinition,
  BetaRequestMCPServerToolConfiguration,
  BetaRequestMCPServerURLDefinition,
} from './beta-tools.js';
export type {
  BetaMCPToolUseBlock,
  BetaMCPToolResultBlock,
  BetaCompactionBlock,
  BetaFallbackInfo,
  BetaFallbackBlock,
  BetaContentBlock,
} from './beta-content-blocks.js';
export type {
  BetaMCPToolUseBlockParam,
  BetaRequestMCPToolResultBlockParam,
  BetaCompactionBlockParam,
  BetaFallbackBlockParam,
  BetaToolChangeToolReference,
  BetaToolChangeToolDefinitionParam,
  BetaRequestToolAdditionBlock,
  BetaRequestToolRemovalBlock,
  BetaContentBlockParam,
  BetaToolResultContentBlockParam,
} from './beta-content-block-params.js';
export type {
  BetaInputTokensTrigger,
  BetaToolUsesTrigger,
  BetaInputTokensClearAtLeast,
  BetaToolUsesKeep,
  BetaClearToolUses20250919Edit,
  BetaThinkingTurns,
  BetaAllThinkingTurns,
  BetaClearThinking20251015Edit,
  BetaCompact20260112Edit,
  BetaContextManagementConfig,
  BetaClearToolUses20250919EditResponse,
  BetaClearThinking20251015EditResponse,
  BetaContextManagementResponse,
  BetaCountTokensContextManagementResponse,
} from './beta-context-management.js';
export type {
  BetaStopReason,
  BetaIterationUsage,
  BetaUsage,
  BetaMessage,
  BetaMessageContentParam,
  BetaUserMessageParam,
  BetaAssistantMessageParam,
  BetaSystemMessageParam,
  BetaMessageParam,
} from './beta-message.js';
export type {
  BetaBillingPolicy,
  BetaThreadParam,
  BetaCompactionConfig,
  BetaFallbackParam,
  BetaRequestFields,
  BetaMessageCreateParamsBase,
  BetaMessageCreateParamsNonStreaming,
  BetaMessageCreateParamsStreaming,
  BetaMessageCreateParams,
  BetaMessageStreamParams,
  BetaMessageCountTokensParams,
  BetaMessageTokensCount,
} from './beta-message-params.js';
export type {
  BetaCompactionContentBlockDelta,
  BetaRawContentBlockDelta,
  BetaRawMessageStartEvent,
  BetaRawContentBlockStartEvent,
  BetaRawContentBlockDeltaEvent,
  BetaMessageDeltaUsage,
  BetaRawMessageDeltaEvent,
  BetaRawMessageStreamEvent,
} from './beta-stream-events.js';
export type { BetaModelInfo, BetaModelListParams } from './beta-models.js';
export type { Uploadable } from './uploadable.js';
export type { FileUploadParams, FileListParams } from './files.js';
export type {
  Skill,
  SkillVersion,
  SkillCreateParams,
  SkillListParams,
  DeletedSkill,
  SkillVersionCreateParams,
  SkillVersionListParams,
  SkillVersionParams,
  DeletedSkillVersion,
} from './skills.js';
export type {
  BetaMessageBatch,
  BetaBatchCreateParamsRequest,
  BetaBatchCreateParams,
  BetaBatchListParams,
  BetaMessageBatchSucceededResult,
  BetaMessageBatchErroredResult,
  BetaMessageBatchResult,
  BetaMessageBatchIndividualResponse,
  BetaDeletedMessageBatch,
} from './beta-batches.js';
export type {
  BetaMemoryTool20250818ViewCommand,
  BetaMemoryTool20250818CreateCommand,
  BetaMemoryTool20250818StrReplaceCommand,
  BetaMemoryTool20250818InsertCommand,
  BetaMemoryTool20250818DeleteCommand,
  BetaMemoryTool20250818RenameCommand,
  BetaMemoryTool20250818Command,
} from './beta-memory-tool.js';
