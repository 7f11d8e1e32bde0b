// @anth/vertex public surface: every export is named here.

export { AnthropicVertex } from './anthropic-vertex.js';
export type {
  AnthropicVertexOptions,
  GoogleAuthClient,
  GoogleAuthLike,
  VertexAccessTokenProvider,
} from './vertex-options.js';
