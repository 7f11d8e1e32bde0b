import { isRecord } from '../is-record.js';
import { checkDictionary, checkString, checkTag, fieldRequired } from './field-checks.js';

const TOOL_NAME_PATTERN = /^[a-zA-Z0-9_-]{1,128}$/;

// Anthropic-defined client tools whose name is fixed by their type, as the API checks it.
const FIXED_TOOL_NAMES: Readonly<Record<string, string>> = {
  memory_20250818: 'memory',
};

/**
 * Checks `tools`: custom tools (no `type`, or `type: 'custom'`) need a well-formed `name` and an
 * `input_schema`; server tools (any other `type`) need a `name`. Names must be unique.
 *
 * @example
 * validateTools([{ name: 'get weather', input_schema: {} }]);
 * // "tools.0.name: String should match pattern '^[a-zA-Z0-9_-]{1,128}$'"
 */
export function validateTools(tools: unknown): string | undefined {
  if (!Array.isArray(tools)) return 'tools: Input should be a valid list';
  const names = new Set<string>();
  for (const [index, tool] of tools.entries()) {
    const path = `tools.${index}`;
    if (!isRecord(tool)) return `${path}: Input should be a valid dictionary`;
    // An MCP toolset has no name of its own: it names one of the request's `mcp_servers`.
    if (tool['type'] === 'mcp_toolset') {
      const serverError =
        tool['mcp_server_name'] === undefined
          ? fieldRequired(`${path}.mcp_server_name`)
          : checkString(tool['mcp_server_name'], `${path}.mcp_server_name`);
      if (serverError) return serverError;
      continue;
    }
    const name = tool['name'];
    if (name === undefined) return fieldRequired(`${path}.name`);
    const nameError = checkString(name, `${path}.name`);
    if (nameError) return nameError;
    const fixedName = FIXED_TOOL_NAMES[String(tool['type'])];
    if (fixedName !== undefined && name !== fixedName) return `${path}.name: Input should be '${fixedName}'`;
    const isCustom = tool['type'] === undefined || tool['type'] === null || tool['type'] === 'custom';
    if (isCustom) {
      if (!TOOL_NAME_PATTERN.test(String(name)))
        return `${path}.name: String should match pattern '${TOOL_NAME_PATTERN.source}'`;
      if (tool['input_schema'] === undefined) return fieldRequired(`${path}.input_schema`);
      const schemaError = checkDictionary(tool['input_schema'], `${path}.input_schema`);
      if (schemaError) return schemaError;
    }
    if (names.has(String(name))) return 'tools: Tool names must be unique.';
    names.add(String(name));
  }
  return undefined;
}

/**
 * Checks `tool_choice`: `auto`, `any`, `none`, or `tool` with a `name`.
 *
 * @example
 * validateToolChoice({ type: 'tool' }); // 'tool_choice.tool.name: Field required'
 */
export function validateToolChoice(toolChoice: unknown): string | undefined {
  const tagError = checkTag(toolChoice, 'tool_choice', ['auto', 'any', 'tool', 'none']);
  if (tagError) return tagError;
  const choice = toolChoice as Record<string, unknown>;
  if (choice['type'] !== 'tool') return undefined;
  if (choice['name'] === undefined) return fieldRequired('tool_choice.tool.name');
  return checkString(choice['name'], 'tool_choice.tool.name');
}
