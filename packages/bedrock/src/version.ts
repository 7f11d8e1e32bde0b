/** The version of `@anth/bedrock`, sent in `User-Agent`. Kept equal to package.json by a test. */
export const VERSION = '0.1.0';
