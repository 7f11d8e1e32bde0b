import type { BetaMessageParam } from '../types/beta-message.js';
import { mcpContent } from './mcp-content.js';
import type { MCPContentExtra } from './mcp-content-extra.js';
import type { MCPPromptMessageLike } from './mcp-types.js';

/**
 * Converts a message of an MCP prompt (`mcpClient.getPrompt()`) to a Claude message with one
 * content block (see {@link mcpContent}).
 *
 * @throws UnsupportedMCPValueError when its content has no Claude equivalent.
 * @example
 * const prompt = await mcpClient.getPrompt({ name: 'summarize', arguments: { topic: 'tides' } });
 * await betaMessages.create({ model, max_tokens: 1024, messages: prompt.messages.map((message) => mcpMessage(message)) });
 */
export function mcpMessage(message: MCPPromptMessageLike, extra?: MCPContentExtra): BetaMessageParam {
  return { role: message.role, content: [mcpContent(message.content, extra)] };
}

/**
 * Converts every message of an MCP prompt (see {@link mcpMessage}).
 *
 * @example
 * const { messages } = await mcpClient.getPrompt({ name: 'summarize' });
 * await betaMessages.create({ model, max_tokens: 1024, messages: mcpMessages(messages) });
 */
export function mcpMessages(messages: readonly MCPPromptMessageLike[], extra?: MCPContentExtra): BetaMessageParam[] {
  return messages.map((message) => mcpMessage(message, extra));
}
