/** What uploads accept. */
import type { ToFileInput } from '@anth/core';

/**
 * A file to upload: a `File` (its name is sent), a `Blob`, bytes, a web `ReadableStream`, a fetch
 * `Response`, or an async iterable of bytes (e.g. Node's `fs.createReadStream(path)`). Anything but a
 * `File` is read into memory first (a stream could not be sent again on retry). A plain string is not
 * accepted, so a path is never mistaken for content: use `fileFromPath()` from `@anth/beta/node`, or
 * `toFile(text, 'name.txt')`.
 *
 * @example
 * const upload: Uploadable = await toFile(new TextEncoder().encode('hello'), 'hello.txt', { type: 'text/plain' });
 */
export type Uploadable = Exclude<ToFileInput, string> | PromiseLike<Exclude<ToFileInput, string>>;
