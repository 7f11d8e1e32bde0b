type ExceptionDefault = { exception: string; message: string };

// Status → Bedrock runtime exception and the message Bedrock sends with it. A table, so adding a
// status is one line.
const EXCEPTIONS_BY_STATUS: Record<number, ExceptionDefault> = {
  400: {
    exception: 'ValidationException',
    message: 'Malformed input request, please reformat your input and try again.',
  },
  401: { exception: 'UnrecognizedClientException', message: 'The security token included in the request is invalid.' },
  403: {
    exception: 'AccessDeniedException',
    message: "You don't have access to the model with the specified model ID.",
  },
  404: {
    exception: 'ResourceNotFoundException',
    message: 'Could not resolve the foundation model from the provided model identifier.',
  },
  408: {
    exception: 'ModelTimeoutException',
    message: 'Model has timed out in processing the request. Try your request again.',
  },
  424: { exception: 'ModelErrorException', message: 'The model returned an error. Try your request again.' },
  429: { exception: 'ThrottlingException', message: 'Too many requests, please wait before trying again.' },
  500: {
    exception: 'InternalServerException',
    message: 'The system encountered an unexpected error during processing. Try your request again.',
  },
  503: { exception: 'ServiceUnavailableException', message: 'Bedrock is unable to process your request.' },
};

// First-party `error.type` → the exception frame Bedrock sends mid-stream for the same condition.
const STREAM_EXCEPTIONS_BY_ERROR_TYPE: Record<string, string> = {
  rate_limit_error: 'throttlingException',
  invalid_request_error: 'validationException',
  timeout_error: 'modelTimeoutException',
  overloaded_error: 'serviceUnavailableException',
};

/**
 * The exception name and default message Bedrock uses for an HTTP status.
 *
 * @example
 * exceptionForStatus(429); // { exception: 'ThrottlingException', message: 'Too many requests, …' }
 */
export function exceptionForStatus(status: number): ExceptionDefault {
  const known = EXCEPTIONS_BY_STATUS[status];
  if (known) return known;
  return status >= 500
    ? (EXCEPTIONS_BY_STATUS[500] as ExceptionDefault)
    : (EXCEPTIONS_BY_STATUS[400] as ExceptionDefault);
}

/**
 * The exception frame name (`throttlingException`, …) for a first-party error type; unknown types
 * become `internalServerException`.
 *
 * @example
 * streamExceptionForErrorType('rate_limit_error'); // 'throttlingException'
 */
export function streamExceptionForErrorType(errorType: string | undefined): string {
  return (
    (errorType !== undefined ? STREAM_EXCEPTIONS_BY_ERROR_TYPE[errorType] : undefined) ?? 'internalServerException'
  );
}

/**
 * An error response the way AWS services send it: body `{"message": "..."}` and the exception name in
 * `x-amzn-errortype`.
 *
 * @example
 * return createBedrockErrorResponse({ status: 403, exception: 'InvalidSignatureException', message: 'The request signature …' });
 */
export function createBedrockErrorResponse(error: {
  status: number;
  exception?: string | undefined;
  message?: string | undefined;
}): Response {
  const defaults = exceptionForStatus(error.status);
  const exception = error.exception ?? defaults.exception;
  return new Response(JSON.stringify({ message: error.message ?? defaults.message }), {
    status: error.status,
    headers: {
      'content-type': 'application/json',
      // AWS appends the shape's namespace after a colon; clients read the part before it.
      'x-amzn-errortype': `${exception}:http://internal.amazon.com/coral/com.amazon.bedrock/`,
    },
  });
}
