import { defineConfig } from 'vitest/config';

// CI sets VITEST_JSON_REPORT to a file path so .ci/run can print one "N passed, M failed" line.
const jsonReport = process.env['VITEST_JSON_REPORT'];

// One run over every workspace project; each package's tests sit beside its code.
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*'],
    ...(jsonReport ? { reporters: ['default', 'json'], outputFile: { json: jsonReport } } : {}),
  },
});
