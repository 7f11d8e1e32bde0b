/**
 * Citation locations returned in `text` blocks (`TextBlock.citations`, `citations_delta`)
 * and their request-side counterparts sent back in `TextBlockParam.citations`.
 */

/** Fields every document citation has, in responses and in requests. */
interface DocumentCitationFields {
  cited_text: string;

  /** 0-based index of the cited document among the request's `document` blocks. */
  document_index: number;

  document_title: string | null;
}

/** Fields a response document citation has on top of its request-side form. */
interface DocumentCitationResponseFields {
  /** Files API id of the cited document, when it was given by `file_id`. */
  file_id: string | null;
}

/** Fields of a `char_location` citation, response or request side. */
interface CharLocationCitationFields extends DocumentCitationFields {
  /** Exclusive end of the cited range, in characters. */
  end_char_index: number;

  /** Inclusive start of the cited range, in characters. */
  start_char_index: number;

  type: 'char_location';
}

/** Fields of a `page_location` citation, response or request side. */
interface PageLocationCitationFields extends DocumentCitationFields {
  /** Exclusive end page, 1-based. */
  end_page_number: number;

  /** First cited page, 1-based. */
  start_page_number: number;

  type: 'page_location';
}

/** Fields of a `content_block_location` citation, response or request side. */
interface ContentBlockLocationCitationFields extends DocumentCitationFields {
  /** The cited blocks' text, concatenated (`content[start_block_index:end_block_index]`). */
  cited_text: string;

  /** Exclusive 0-based end index into the source's `content` array (always > `start_block_index`). */
  end_block_index: number;

  /** 0-based index of the first cited block in the source's `content` array. */
  start_block_index: number;

  type: 'content_block_location';
}

/** Fields of a `web_search_result_location` citation, response or request side. */
interface WebSearchResultLocationCitationFields {
  cited_text: string;

  /** Opaque reference to the search result; send it back unchanged. */
  encrypted_index: string;

  title: string | null;

  type: 'web_search_result_location';

  url: string;
}

/** Fields of a `search_result_location` citation, response or request side. */
interface SearchResultLocationCitationFields {
  /** The cited blocks' text, concatenated. */
  cited_text: string;

  /** Exclusive 0-based end index into the search result's `content` array. */
  end_block_index: number;

  /**
   * 0-based index of the cited `search_result` block among all of the request's
   * `search_result` blocks (counted separately from `document_index`).
   */
  search_result_index: number;

  source: string;

  /** 0-based index of the first cited block in the search result's `content` array. */
  start_block_index: number;

  title: string | null;

  type: 'search_result_location';
}

/** A cited character range of a plain-text document (`char_location`). */
export interface CitationCharLocation extends CharLocationCitationFields, DocumentCitationResponseFields {}

/** A cited page range of a PDF document (`page_location`). */
export interface CitationPageLocation extends PageLocationCitationFields, DocumentCitationResponseFields {}

/** A cited block range of a custom-content document (`content_block_location`). */
export interface CitationContentBlockLocation
  extends ContentBlockLocationCitationFields,
    DocumentCitationResponseFields {}

/** A cited web search result (`web_search_result_location`). */
export interface CitationsWebSearchResultLocation extends WebSearchResultLocationCitationFields {}

/** A cited block range of a `search_result` content block (`search_result_location`). */
export interface CitationsSearchResultLocation extends SearchResultLocationCitationFields {}

/** Any citation a response `text` block can carry; discriminated on `type`. */
export type TextCitation =
  | CitationCharLocation
  | CitationPageLocation
  | CitationContentBlockLocation
  | CitationsWebSearchResultLocation
  | CitationsSearchResultLocation;

/** Request-side `char_location` citation (as `CitationCharLocation`, without `file_id`). */
export interface CitationCharLocationParam extends CharLocationCitationFields {}

/** Request-side `page_location` citation (as `CitationPageLocation`, without `file_id`). */
export interface CitationPageLocationParam extends PageLocationCitationFields {}

/** Request-side `content_block_location` citation (without `file_id`). */
export interface CitationContentBlockLocationParam extends ContentBlockLocationCitationFields {}

/** Request-side `web_search_result_location` citation. */
export interface CitationWebSearchResultLocationParam extends WebSearchResultLocationCitationFields {}

/** Request-side `search_result_location` citation. */
export interface CitationSearchResultLocationParam extends SearchResultLocationCitationFields {}

/** Any citation that may be sent back in `TextBlockParam.citations`. */
export type TextCitationParam =
  | CitationCharLocationParam
  | CitationPageLocationParam
  | CitationContentBlockLocationParam
  | CitationWebSearchResultLocationParam
  | CitationSearchResultLocationParam;

/** Citation settings as returned on a response `DocumentBlock`. */
export interface CitationsConfig {
  enabled: boolean;
}

/** Citation settings for a document, search result or web fetch tool in a request. */
export interface CitationsConfigParam {
  /** Whether the model may cite this source. Citations are off unless enabled. */
  enabled?: boolean;
}
