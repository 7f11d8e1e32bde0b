type ErrorDefault = {
    type: string;
    message: string;
};
/**
 * The error type and message the API sends for a status.
 *
 * @example
 * getErrorDefaults(529); // { type: 'overloaded_error', message: 'Overloaded' }
 */
export declare function getErrorDefaults(status: number): ErrorDefault;
/**
 * The status the API uses for an error type (first match in the table), 500 when unknown.
 *
 * @example
 * getStatusForErrorType('overloaded_error'); // 529
 */
export declare function getStatusForErrorType(errorType: string): number;
/**
 * The API's error body: `{ type: 'error', error: { type, message }, request_id }`.
 *
 * @example
 * createErrorBody('req_123', 'overloaded_error', 'Overloaded');
 */
export declare function createErrorBody(requestId: string, errorType: string, message: string): ErrorBody;
/** The JSON body of every API error response. */
export interface ErrorBody {
    type: 'error';
    error: {
        type: string;
        message: string;
    };
    request_id: string;
}
/**
 * An error response with the API's body for the status; type and message default from the status.
 *
 * @example
 * return createErrorResponse({ requestId, status: 400, message: 'max_tokens: Field required' });
 * return createErrorResponse({ requestId, status: 404, message: 'model: claude-x' });
 */
export declare function createErrorResponse(error: {
    requestId: string;
    status: number;
    message?: string | undefined;
    errorType?: string | undefined;
    headers?: HeadersInit | undefined;
}): Response;
export {};
