import type { RouteContext } from '../route-context.js';
import { invalidRequest } from '../routes/invalid-request.js';

/**
 * Parses a `multipart/form-data` body (bytes kept exactly, file names as sent), or returns the 400
 * the API sends for another body.
 *
 * @example
 * const form = await readMultipart(context);
 * if (form instanceof Response) return form;
 */
export async function readMultipart(context: RouteContext): Promise<FormData | Response> {
  const contentType = context.request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\s*;/i.test(contentType)) {
    return invalidRequest(
      context,
      `Content-Type must be multipart/form-data; got ${JSON.stringify(contentType || '(none)')}`,
    );
  }
  try {
    // A copy: the body bytes may sit in a shared buffer, which Response does not take.
    return await new Response(context.bodyBytes.slice(), { headers: { 'content-type': contentType } }).formData();
  } catch {
    return invalidRequest(context, 'There was an error parsing the multipart body of your request.');
  }
}
