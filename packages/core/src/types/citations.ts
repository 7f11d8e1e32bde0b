/**
 * Citation locations returned in `text` blocks (`TextBlock.citations`, `citations_delta`)
 * and their request-side counterparts sent back in `TextBlockParam.citations`.
 */

/** A cited character range of a plain-text document (`char_location`). */
export interface CitationCharLocation {
  cited_text: string;

  /** 0-based index of the cited document among the request's `document` blocks. */
  document_index: number;

  document_title: string | null;

  /** Exclusive end of the cited range, in characters. */
  end_char_index: number;

  /** Files API id of the cited document, when it was given by `file_id`. */
  file_id: string | null;

  /** Inclusive start of the cited range, in characters. */
  start_char_index: number;

  type: 'char_location';
}

/** A cited page range of a PDF document (`page_location`). */
export interface CitationPageLocation {
  cited_text: string;

  document_index: number;

  document_title: string | null;

  /** Exclusive end page, 1-based. */
  end_page_number: number;

  file_id: string | null;

  /** First cited page, 1-based. */
  start_page_number: number;

  type: 'page_location';
}

/** A cited block range of a custom-content document (`content_block_location`). */
export interface CitationContentBlockLocation {
  /** The cited blocks' text, concatenated (`content[start_block_index:end_block_index]`). */
  cited_text: string;

  document_index: number;

  document_title: string | null;

  /** Exclusive 0-based end index into the source's `content` array (always > `start_block_index`). */
  end_block_index: number;

  file_id: string | null;

  /** 0-based index of the first cited block in the source's `content` array. */
  start_block_index: number;

  type: 'content_block_location';
}

/** A cited web search result (`web_search_result_location`). */
export interface CitationsWebSearchResultLocation {
  cited_text: string;

  /** Opaque reference to the search result; send it back unchanged. */
  encrypted_index: string;

  title: string | null;

  type: 'web_search_result_location';

  url: string;
}

/** A cited block range of a `search_result` content block (`search_result_location`). */
export interface CitationsSearchResultLocation {
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

/** Any citation a response `text` block can carry; discriminated on `type`. */
export type TextCitation =
  | CitationCharLocation
  | CitationPageLocation
  | CitationContentBlockLocation
  | CitationsWebSearchResultLocation
  | CitationsSearchResultLocation;

/** Request-side `char_location` citation (as `CitationCharLocation`, without `file_id`). */
export interface CitationCharLocationParam {
  cited_text: string;

  document_index: number;

  document_title: string | null;

  end_char_index: number;

  start_char_index: number;

  type: 'char_location';
}

/** Request-side `page_location` citation (as `CitationPageLocation`, without `file_id`). */
export interface CitationPageLocationParam {
  cited_text: string;

  document_index: number;

  document_title: string | null;

  end_page_number: number;

  start_page_number: number;

  type: 'page_location';
}

/** Request-side `content_block_location` citation (without `file_id`). */
export interface CitationContentBlockLocationParam {
  cited_text: string;

  document_index: number;

  document_title: string | null;

  end_block_index: number;

  start_block_index: number;

  type: 'content_block_location';
}

/** Request-side `web_search_result_location` citation. */
export interface CitationWebSearchResultLocationParam {
  cited_text: string;

  encrypted_index: string;

  title: string | null;

  type: 'web_search_result_location';

  url: string;
}

/** Request-side `search_result_location` citation. */
export interface CitationSearchResultLocationParam {
  cited_text: string;

  end_block_index: number;

  search_result_index: number;

  source: string;

  start_block_index: number;

  title: string | null;

  type: 'search_result_location';
}

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
