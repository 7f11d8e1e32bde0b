import { defineConfig } from 'tsdown';
import { packageBuild } from '../../tsdown.base.ts';

// `.` is the fetch handler (web standards only: workers, browsers, Deno, Bun, Node); `./node` adds the
// node:http server; `cli` is the `anth-emulator` bin.
export default defineConfig(packageBuild(['src/index.ts', 'src/node.ts', 'src/cli.ts']));
