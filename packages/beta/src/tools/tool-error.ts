import type { BetaToolResultContentBlockParam } from '../types/beta-content-block-params.js';

/**
 * Throw it from a tool's `run` to send exactly `content` back as the error result (`is_error: true`),
 * instead of the default `Error: <message>`.
 *
 * @example
 * run: async ({ path }) => {
 *   if (!allowed(path)) throw new ToolError(`Access to ${path} is not allowed; stay under /workspace.`);
 *   return read(path);
 * }
 */
export class ToolError extends Error {
  /** What the model receives as the tool result. */
  readonly content: string | BetaToolResultContentBlockParam[];

  constructor(content: string | BetaToolResultContentBlockParam[]) {
    super(typeof content === 'string' ? content : describeBlocks(content));
    this.content = content;
  }

  /** The class name, as the error shows it. */

  override get name(): string {
    return 'ToolError';
  }
}

/** Text blocks' text joined by a space; other blocks as `[<type>]`. */
function describeBlocks(blocks: BetaToolResultContentBlockParam[]): string {
  return blocks.map((block) => (block.type === 'text' ? block.text : `[${block.type}]`)).join(' ');
}
