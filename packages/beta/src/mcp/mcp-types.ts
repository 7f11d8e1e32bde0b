/**
 * The shapes of MCP (Model Context Protocol) values the helpers read, declared structurally: the
 * `@modelcontextprotocol/sdk` objects fit them, yet `@anth/beta` does not depend on that SDK. Only
 * the fields the helpers use are declared; MCP's other fields (`annotations`, `_meta`, `title`, …)
 * are allowed and ignored.
 */

/** A tool as `mcpClient.listTools()` lists it. */
export interface MCPToolLike {
  name: string;

  description?: string | undefined;

  /** JSON Schema of the tool's arguments; MCP requires an object schema. */
  inputSchema: {
    type: 'object';
    properties?: Record<string, unknown> | null | undefined;
    required?: readonly string[] | null | undefined;
    [key: string]: unknown;
  };
}

/** Text content. */
export interface MCPTextContentLike {
  type: 'text';
  text: string;
}

/** An image, base64-encoded. */
export interface MCPImageContentLike {
  type: 'image';
  /** Base64 bytes. */
  data: string;
  mimeType: string;
}

/** Audio, base64-encoded (Claude has no audio input: converting it throws). */
export interface MCPAudioContentLike {
  type: 'audio';
  data: string;
  mimeType: string;
}

/** A resource's contents as text. */
export interface MCPTextResourceContentsLike {
  uri: string;
  mimeType?: string | undefined;
  text: string;
}

/** A resource's contents as base64 bytes. */
export interface MCPBlobResourceContentsLike {
  uri: string;
  mimeType?: string | undefined;
  /** Base64 bytes. */
  blob: string;
}

/** A resource's contents: text or bytes. */
export type MCPResourceContentsLike = MCPTextResourceContentsLike | MCPBlobResourceContentsLike;

/** A resource embedded in content. */
export interface MCPEmbeddedResourceLike {
  type: 'resource';
  resource: MCPResourceContentsLike;
}

/** A link to a resource the client would still have to read (converting it throws). */
export interface MCPResourceLinkLike {
  type: 'resource_link';
  uri: string;
  name: string;
  mimeType?: string | undefined;
}

/** One item of a tool result's or a prompt message's content. */
export type MCPContentLike =
  | MCPTextContentLike
  | MCPImageContentLike
  | MCPAudioContentLike
  | MCPEmbeddedResourceLike
  | MCPResourceLinkLike;

/** What `mcpClient.callTool()` resolves to. */
export interface MCPCallToolResultLike {
  content: MCPContentLike[];

  /** The tool's structured result (MCP 2025-06-18), when it declares an output schema. */
  structuredContent?: object | undefined;

  /** The tool failed; `content` describes why. */
  isError?: boolean | undefined;
}

/**
 * The result shape of MCP protocol version 2024-10-07, which `callTool()` may still return from an old
 * server: a bare `toolResult`.
 */
export interface MCPLegacyCallToolResultLike {
  toolResult: unknown;
}

/** The options `callTool()` takes as its third argument; the helpers pass the tool runner's signal. */
export interface MCPRequestOptionsLike {
  signal?: AbortSignal | undefined;
}

/**
 * What `mcpTool` needs of an MCP client: `callTool`. The SDK's `Client` fits, and so does any object
 * with a compatible `callTool`.
 *
 * @example
 * const client: MCPClientLike = { callTool: async ({ name }) => ({ content: [{ type: 'text', text: `ran ${name}` }] }) };
 */
export interface MCPClientLike {
  /** Calls the MCP server's tool `name` with `arguments`. */
  callTool(
    params: { name: string; arguments?: Record<string, unknown> },
    resultSchema?: undefined,
    options?: MCPRequestOptionsLike,
  ): Promise<MCPCallToolResultLike | MCPLegacyCallToolResultLike>;
}

/** A message of a prompt, as `mcpClient.getPrompt()` returns them. */
export interface MCPPromptMessageLike {
  role: 'user' | 'assistant';
  content: MCPContentLike;
}

/** What `mcpClient.readResource()` resolves to. */
export interface MCPReadResourceResultLike {
  contents: MCPResourceContentsLike[];
}
