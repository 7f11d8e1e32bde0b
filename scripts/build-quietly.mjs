// Builds every package with turbo and prints nothing unless the build fails, so `pnpm demo` and
// `pnpm emulator` show only what they run. turbo has no quiet mode (its run header and task summary
// print even with --output-logs=errors-only), so its output is kept and shown only on failure.
import { spawnSync } from 'node:child_process';

const result = spawnSync('turbo', ['run', 'build', '--output-logs=errors-only'], {
  encoding: 'utf8',
  // turbo is node_modules/.bin/turbo, a .cmd shim on Windows, which needs a shell there.
  shell: process.platform === 'win32',
  env: {
    ...process.env,
    // The first run on a machine would print turbo's telemetry notice (and opt in): opt out.
    TURBO_TELEMETRY_DISABLED: '1',
    TURBO_PRINT_VERSION_DISABLED: '1',
  },
});

if (result.error || result.status !== 0) {
  process.stdout.write(result.stdout ?? '');
  process.stderr.write(result.stderr ?? '');
  if (result.error) console.error(`build-quietly: could not run turbo: ${result.error.message}`);
  process.exit(result.status || 1);
}
