import { version } from '../package.json';

/** The version of `@anth/vertex`, sent in `User-Agent`; read from package.json at build time. */
export const VERSION: string = version;
