import { fileURLToPath } from 'node:url';

// This module is bundled into dist/main.mjs, one level below the app folder, as src/ is.
/** The bench app's folder (apps/bench). */
export const BENCH_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The workspace root. */
export const WORKSPACE_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
