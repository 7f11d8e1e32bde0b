import { version } from '../../package.json';

/** The version of `@anth/core`, sent in `User-Agent` and `X-Stainless-Package-Version`; read from package.json at build time, so a release bump needs no second edit. */
export const VERSION: string = version;
