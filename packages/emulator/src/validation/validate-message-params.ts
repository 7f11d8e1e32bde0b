import { isRecord } from '../is-record.js';
import {
  checkBoolean,
  checkDictionary,
  checkExtraKeys,
  checkInteger,
  checkLiteral,
  checkNumber,
  checkString,
  checkTag,
  fieldRequired,
  firstError,
  optional,
} from './field-checks.js';
import { validateMessages } from './validate-messages.js';
import { validateOutputConfig } from './validate-output-config.js';
import { validateToolChoice, validateTools } from './validate-tools.js';

// Body keys the API accepts under 2026-10-21, GA and beta alike (a beta request is the GA path with an
// `anthropic-beta` header; beta-only fields are gated by their own beta in validate-beta-features.ts).
// Anything else is rejected like the API does, which catches SDK-only params leaking into the body
// (`betas`, `user_profile_id`, `workspace_id`). The sampling params `temperature`, `top_p` and
// `top_k`, gone from the SDK types, are still accepted: whether the API refuses them is unknown.
const SHARED_KEYS = [
  'model',
  'messages',
  'system',
  'tools',
  'tool_choice',
  'thinking',
  'output_config',
  'cache_control',
  'mcp_servers',
  'context_management',
  'speed',
];
const CREATE_KEYS = [
  ...SHARED_KEYS,
  'max_tokens',
  'stream',
  'stop_sequences',
  'temperature',
  'top_p',
  'top_k',
  'metadata',
  'service_tier',
  'container',
  'inference_geo',
  'fallbacks',
  'diagnostics',
  'output_format',
  'thread',
  'compaction',
  'billing_policy',
];
const COUNT_TOKENS_KEYS = SHARED_KEYS;

const THINKING_BUDGET_MESSAGE =
  '`max_tokens` must be greater than `thinking.budget_tokens`. Please consult our documentation at https://docs.claude.com/en/docs/build-with-claude/extended-thinking#max-tokens-and-context-window-size';

/**
 * Validates the body of `POST /v1/messages` (`kind: 'create'`) or `/v1/messages/count_tokens`
 * and returns the API's message for the first problem. Model existence is the route's job (404).
 *
 * @example
 * validateMessageParams({ model: 'claude-sonnet-4-5', messages: [] }, 'create'); // 'max_tokens: Field required'
 */
export function validateMessageParams(body: unknown, kind: 'create' | 'count_tokens'): string | undefined {
  if (!isRecord(body)) return 'body: Input should be a valid dictionary';
  const maxTokens = body['max_tokens'];
  return firstError(
    () => (body['model'] === undefined ? fieldRequired('model') : checkString(body['model'], 'model')),
    () => {
      if (kind !== 'create') return undefined;
      return maxTokens === undefined ? fieldRequired('max_tokens') : checkInteger(maxTokens, 'max_tokens', { min: 1 });
    },
    () => validateMessages(body['messages']),
    () => optional(body['system'], validateSystem),
    () => optional(body['temperature'], (value) => checkNumber(value, 'temperature', { min: 0, max: 1 })),
    () => optional(body['top_p'], (value) => checkNumber(value, 'top_p', { min: 0, max: 1 })),
    () => optional(body['top_k'], (value) => checkInteger(value, 'top_k', { min: 0 })),
    () => optional(body['stop_sequences'], validateStopSequences),
    () => optional(body['stream'], (value) => checkBoolean(value, 'stream')),
    () => optional(body['metadata'], (value) => checkDictionary(value, 'metadata')),
    () => optional(body['service_tier'], (value) => checkLiteral(value, 'service_tier', ['auto', 'standard_only'])),
    () => optional(body['speed'], (value) => checkLiteral(value, 'speed', ['standard', 'fast'])),
    () => optional(body['inference_geo'], (value) => checkString(value, 'inference_geo')),
    () => optional(body['diagnostics'], validateDiagnostics),
    () => optional(body['cache_control'], (value) => checkTag(value, 'cache_control', ['ephemeral'])),
    () => optional(body['container'], validateContainer),
    () => optional(body['billing_policy'], validateBillingPolicy),
    () =>
      optional(body['thinking'], (value) =>
        validateThinking(value, kind === 'create' ? (maxTokens as number) : undefined),
      ),
    () => optional(body['tools'], validateTools),
    () => optional(body['tool_choice'], validateToolChoice),
    () => optional(body['output_config'], validateOutputConfig),
    () => checkExtraKeys(body, kind === 'create' ? CREATE_KEYS : COUNT_TOKENS_KEYS),
  );
}

function validateSystem(system: unknown): string | undefined {
  if (typeof system === 'string') return undefined;
  if (!Array.isArray(system)) return 'system: Input should be a valid string';
  for (const [index, block] of system.entries()) {
    const path = `system.${index}`;
    if (!isRecord(block)) return `${path}: Input should be a valid dictionary`;
    const error = firstError(
      () => checkLiteral(block['type'], `${path}.type`, ['text']),
      () => (block['text'] === undefined ? fieldRequired(`${path}.text`) : checkString(block['text'], `${path}.text`)),
    );
    if (error) return error;
  }
  return undefined;
}

function validateStopSequences(stopSequences: unknown): string | undefined {
  if (!Array.isArray(stopSequences)) return 'stop_sequences: Input should be a valid list';
  for (const [index, sequence] of stopSequences.entries()) {
    const error = checkString(sequence, `stop_sequences.${index}`);
    if (error) return error;
  }
  return undefined;
}

function validateThinking(thinking: unknown, maxTokens: number | undefined): string | undefined {
  const tagError = checkTag(thinking, 'thinking', ['enabled', 'disabled', 'adaptive', 'between_tools']);
  if (tagError) return tagError;
  const config = thinking as Record<string, unknown>;
  const displayError = optional(config['display'], (value) =>
    checkLiteral(value, `thinking.${String(config['type'])}.display`, ['summarized', 'omitted']),
  );
  if (displayError) return displayError;
  if (config['type'] !== 'enabled') return undefined;
  const budget = config['budget_tokens'];
  if (budget === undefined) return fieldRequired('thinking.enabled.budget_tokens');
  const budgetError = checkInteger(budget, 'thinking.enabled.budget_tokens', { min: 1024 });
  if (budgetError) return budgetError;
  if (maxTokens !== undefined && (budget as number) >= maxTokens) return THINKING_BUDGET_MESSAGE;
  return undefined;
}

function validateDiagnostics(diagnostics: unknown): string | undefined {
  if (!isRecord(diagnostics)) return checkDictionary(diagnostics, 'diagnostics');
  return firstError(
    () =>
      optional(diagnostics['previous_message_id'], (value) => checkString(value, 'diagnostics.previous_message_id')),
    () => checkExtraKeys(diagnostics, ['previous_message_id'], 'diagnostics.'),
  );
}

function validateContainer(container: unknown): string | undefined {
  if (typeof container === 'string') return undefined;
  if (!isRecord(container)) return 'container: Input should be a valid string';
  return firstError(
    () => optional(container['id'], (value) => checkString(value, 'container.id')),
    () =>
      optional(container['skills'], (value) =>
        Array.isArray(value) ? undefined : 'container.skills: Input should be a valid list',
      ),
    () => checkExtraKeys(container, ['id', 'skills'], 'container.'),
  );
}

function validateBillingPolicy(policy: unknown): string | undefined {
  const tagError = checkTag(policy, 'billing_policy', ['billing_policy']);
  if (tagError) return tagError;
  const fields = policy as Record<string, unknown>;
  return firstError(
    () =>
      optional(fields['bill_to'], (value) => checkLiteral(value, 'billing_policy.bill_to', ['self', 'user_profile'])),
    () => checkExtraKeys(fields, ['type', 'bill_to'], 'billing_policy.'),
  );
}
