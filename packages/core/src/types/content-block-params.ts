/**
 * Content blocks accepted in request messages (`MessageParam.content`) and in `system`.
 * Every block is discriminated on `type`.
 */
import type { CacheControlEphemeral } from './cache-control.js';
import type { CitationsConfigParam, TextCitationParam } from './citations.js';
import type { ServerToolUseBlockFields, ToolUseBlockFields } from './content-blocks.js';
import type {
  BashCodeExecutionToolResultBlockParam,
  CodeExecutionToolResultBlockParam,
  TextEditorCodeExecutionToolResultBlockParam,
  ToolReferenceBlockParam,
  ToolSearchToolResultBlockParam,
  WebFetchToolResultBlockParam,
  WebSearchToolResultBlockParam,
} from './server-tool-result-params.js';
import type {
  Base64ImageSource,
  Base64PDFSource,
  ContentBlockSource,
  FileDocumentSource,
  FileImageSource,
  PlainTextSource,
  URLImageSource,
  URLPDFSource,
} from './sources.js';

/**
 * Text content. A plain string `content` is shorthand for one of these.
 *
 * @example
 * ```ts
 * const block: TextBlockParam = { type: 'text', text: 'Hello, Claude' };
 * ```
 */
export interface TextBlockParam {
  text: string;

  type: 'text';

  /** Create a prompt-cache breakpoint at this block. */
  cache_control?: CacheControlEphemeral | null;

  /** Citations of an earlier assistant text block, sent back unchanged. */
  citations?: TextCitationParam[] | null;
}

/**
 * An image, inline (base64), by URL, or by Files API id.
 *
 * @example
 * ```ts
 * const block: ImageBlockParam = { type: 'image', source: { type: 'url', url: 'https://example.com/cat.png' } };
 * ```
 */
export interface ImageBlockParam {
  source: Base64ImageSource | URLImageSource | FileImageSource;

  type: 'image';

  cache_control?: CacheControlEphemeral | null;
}

/**
 * A document (PDF, plain text, custom content) the model can read and cite.
 *
 * @example
 * ```ts
 * const block: DocumentBlockParam = {
 *   type: 'document',
 *   source: { type: 'text', media_type: 'text/plain', data: 'The grass is green.' },
 *   title: 'Facts',
 *   citations: { enabled: true },
 * };
 * ```
 */
export interface DocumentBlockParam {
  source: Base64PDFSource | PlainTextSource | ContentBlockSource | URLPDFSource | FileDocumentSource;

  type: 'document';

  cache_control?: CacheControlEphemeral | null;

  /** Enable citations of this document; a response then cites it in `TextBlock.citations`. */
  citations?: CitationsConfigParam | null;

  /** Context about the document that the model sees but never cites. */
  context?: string | null;

  title?: string | null;
}

/** A search result you supply (e.g. from your own RAG tool), citable block by block. */
export interface SearchResultBlockParam {
  /** The result's text, one block per citable unit. */
  content: TextBlockParam[];

  /** Where the result comes from (URL or identifier), echoed in citations. */
  source: string;

  title: string;

  type: 'search_result';

  cache_control?: CacheControlEphemeral | null;

  citations?: CitationsConfigParam;
}

/** An earlier assistant `thinking` block, sent back unmodified and in its original order. */
export interface ThinkingBlockParam {
  /** The block's `signature` exactly as received; a modified block is rejected with 400. */
  signature: string;

  thinking: string;

  type: 'thinking';
}

/** An earlier assistant `redacted_thinking` block, sent back unchanged. */
export interface RedactedThinkingBlockParam {
  data: string;

  type: 'redacted_thinking';
}

/** An earlier assistant `tool_use` block, sent back in the assistant turn. */
export interface ToolUseBlockParam extends ToolUseBlockFields {
  cache_control?: CacheControlEphemeral | null;
}

/**
 * The output of a client-side tool call, sent in the following `user` turn. Put
 * `tool_result` blocks first in that message, one per `tool_use`.
 *
 * @example
 * ```ts
 * const block: ToolResultBlockParam = { type: 'tool_result', tool_use_id: toolUse.id, content: '259.75 USD' };
 * ```
 */
export interface ToolResultBlockParam {
  /** The `id` of the `tool_use` block this answers. */
  tool_use_id: string;

  type: 'tool_result';

  cache_control?: CacheControlEphemeral | null;

  content?:
    | string
    | (TextBlockParam | ImageBlockParam | SearchResultBlockParam | DocumentBlockParam | ToolReferenceBlockParam)[];

  /** Set to `true` when the tool failed; `content` then describes the error. */
  is_error?: boolean;
}

/** An earlier assistant `server_tool_use` block, sent back unchanged. */
export interface ServerToolUseBlockParam extends ServerToolUseBlockFields {
  cache_control?: CacheControlEphemeral | null;
}

/**
 * Uploads a Files API file into the code-execution container's input directory
 * (needs the `files-api-2025-04-14` beta header on first-party).
 */
export interface ContainerUploadBlockParam {
  file_id: string;

  type: 'container_upload';

  cache_control?: CacheControlEphemeral | null;
}

/** Any block accepted in `MessageParam.content`, discriminated on `type`. */
export type ContentBlockParam =
  | TextBlockParam
  | ImageBlockParam
  | DocumentBlockParam
  | SearchResultBlockParam
  | ThinkingBlockParam
  | RedactedThinkingBlockParam
  | ToolUseBlockParam
  | ToolResultBlockParam
  | ServerToolUseBlockParam
  | WebSearchToolResultBlockParam
  | WebFetchToolResultBlockParam
  | CodeExecutionToolResultBlockParam
  | BashCodeExecutionToolResultBlockParam
  | TextEditorCodeExecutionToolResultBlockParam
  | ToolSearchToolResultBlockParam
  | ContainerUploadBlockParam;
