import { createJsonResponse } from '../../json-response.js';

// HTTP status → the canonical gRPC status name Google front ends put in `error.status`.
const STATUS_NAMES: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  503: 'UNAVAILABLE',
};

/**
 * An error the way Google's API front end sends it (auth, routing, quota), before a request reaches
 * the model: `{ "error": { "code", "message", "status", "details"? } }`. Errors from the model
 * itself keep the Anthropic shape.
 *
 * @example
 * return createGoogleErrorResponse({ status: 401, message: 'Request had invalid authentication credentials. …', reason: 'ACCESS_TOKEN_EXPIRED' });
 */
export function createGoogleErrorResponse(error: {
  status: number;
  message: string;
  reason?: string | undefined;
}): Response {
  const details = error.reason
    ? [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: error.reason, domain: 'googleapis.com' }]
    : undefined;
  return createJsonResponse(
    {
      error: {
        code: error.status,
        message: error.message,
        status: STATUS_NAMES[error.status] ?? 'UNKNOWN',
        ...(details ? { details } : {}),
      },
    },
    error.status,
  );
}
