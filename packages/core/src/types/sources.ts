import type { ImageBlockParam, TextBlockParam } from './content-block-params.js';

/** Inline base64 image data for an `image` block. */
export interface Base64ImageSource {
  /** Base64-encoded bytes, without a `data:` URL prefix. */
  data: string;

  media_type: 'image/jpeg' | 'image/png' | 'image/gif' | 'image/webp';

  type: 'base64';
}

/** An image the API fetches from a URL. */
export interface URLImageSource {
  type: 'url';

  url: string;
}

/** An image previously uploaded with the Files API (beta `files-api-2025-04-14`). */
export interface FileImageSource {
  /** Files API id (`file_…`). */
  file_id: string;

  type: 'file';
}

/** Inline base64 PDF for a `document` block. */
export interface Base64PDFSource {
  /** Base64-encoded PDF bytes. */
  data: string;

  media_type: 'application/pdf';

  type: 'base64';
}

/** Inline plain text for a `document` block. */
export interface PlainTextSource {
  data: string;

  media_type: 'text/plain';

  type: 'text';
}

/** Custom document content: a string or text/image blocks, citable block by block. */
export interface ContentBlockSource {
  content: string | ContentBlockSourceContent[];

  type: 'content';
}

/** A block allowed inside a `ContentBlockSource`. */
export type ContentBlockSourceContent = TextBlockParam | ImageBlockParam;

/** A PDF the API fetches from a URL. */
export interface URLPDFSource {
  type: 'url';

  url: string;
}

/** A document previously uploaded with the Files API (beta `files-api-2025-04-14`). */
export interface FileDocumentSource {
  /** Files API id (`file_…`). */
  file_id: string;

  type: 'file';
}
