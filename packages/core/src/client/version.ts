/** The version of `@anth/core`, sent in `User-Agent` and `X-Stainless-Package-Version`. Kept equal to package.json by a test. */
export const VERSION = '0.1.0';
