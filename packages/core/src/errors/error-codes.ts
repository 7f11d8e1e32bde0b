/**
 * The `error.details.error_code` values the API documents for the endpoints `@anth` serves (spec
 * api-2026-10-21 §4.2), read as {@link APIError.errorCode}. Any other string may arrive too: the API
 * adds codes without a new version, so the type stays open.
 *
 * @example
 * if (error instanceof BadRequestError && error.errorCode === 'image_dimensions_too_large') shrinkImages();
 */
export type ErrorCode =
  // messages
  | 'available_tools_limit_exceeded'
  | 'compaction_block_ambiguous'
  | 'compaction_block_misplaced'
  | 'compaction_content_mismatch'
  | 'compaction_incomplete_turn'
  | 'compaction_nothing_to_summarize'
  | 'compaction_signature_invalid'
  | 'compaction_too_many_tool_references'
  | 'compaction_tool_changes_mismatch'
  | 'compaction_unavailable'
  | 'image_dimensions_too_large'
  | 'thread_already_continued'
  | 'thread_continue_in_flight'
  | 'thread_fingerprint_mismatch'
  | 'thread_not_found'
  | 'thread_unsupported_request'
  | 'tool_name_conflict'
  | 'tool_reference_unresolved'
  // files and skills
  | 'file_expired'
  | 'file_not_downloadable'
  | 'storage_quota_exceeded'
  | 'skill_read_blocked_undecryptable'
  // user profiles
  | 'user_profile_billing_not_authorized'
  | 'user_profile_not_billable'
  | 'user_profile_not_found'
  | 'user_profile_required'
  // any request
  | 'cmek_context_unavailable'
  | 'cmek_key_unreachable'
  | 'contract_spend_limit_reached'
  | 'enforced_spend_limit_reached'
  | 'linked_organization_billing_unavailable'
  | 'linked_organization_spend_limit_reached'
  | 'organization_on_hold'
  | 'ramp_limit_exceeded'
  | 'request_body_encoding_invalid'
  | 'request_body_encoding_unsupported'
  | 'request_body_too_large_after_decoding'
  | 'sandbox_egress_restricted'
  | (string & {});
