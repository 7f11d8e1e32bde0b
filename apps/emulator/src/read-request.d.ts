import type { RecordedRequest } from './types.js';
/** A recorded request plus what routes need from the body. */
export interface ReadRequest {
    recorded: RecordedRequest;
    /** True when the body parsed as JSON (then `recorded.body` is the parsed value). */
    bodyIsJson: boolean;
    /** The body bytes, for routes that need more than text (multipart uploads). */
    bodyBytes: Uint8Array;
}
/**
 * Reads the request body and records the request. A body can be read only once, so routes work
 * from the recorded copy.
 *
 * @example
 * const { recorded, bodyIsJson } = await readRequest(request);
 */
export declare function readRequest(request: Request): Promise<ReadRequest>;
