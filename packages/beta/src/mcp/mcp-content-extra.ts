import type { CacheControlEphemeral, CitationsConfigParam } from '@anth/core';

/**
 * Claude fields to add to the blocks an MCP helper builds. `cache_control` goes on every block; the
 * document fields (`citations`, `context`, `title`) only on `document` blocks, the only ones that
 * take them.
 *
 * @example
 * mcpResourceToContent(resource, { cache_control: { type: 'ephemeral' }, title: 'Release notes', citations: { enabled: true } });
 */
export interface MCPContentExtra {
  /** A prompt-cache breakpoint at the block. */
  cache_control?: CacheControlEphemeral | null;

  /** Documents only: let the model cite the document. */
  citations?: CitationsConfigParam | null;

  /** Documents only: context the model sees but never cites. */
  context?: string | null;

  /** Documents only: the document's title. */
  title?: string | null;
}

/** `extra` split into what every block takes and what only a document takes. */
export function splitExtra(extra: MCPContentExtra | undefined): {
  common: Pick<MCPContentExtra, 'cache_control'>;
  document: MCPContentExtra;
} {
  const { cache_control: cacheControl, ...documentOnly } = extra ?? {};
  const common = cacheControl === undefined ? {} : { cache_control: cacheControl };
  return { common, document: { ...documentOnly, ...common } };
}
