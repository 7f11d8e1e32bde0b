import { afterAll, describe, expect, it } from 'vitest';
import { formatReports, measureBundle, type BundleReport } from './measure-bundle.js';
import { SCENARIOS } from './scenarios.js';

const reports: BundleReport[] = [];

describe('size budgets (esbuild, minified, gzip -9, main chunk)', () => {
  it.each(SCENARIOS.map((scenario) => [scenario.name, scenario] as const))('%s', async (_name, scenario) => {
    const report = await measureBundle(scenario);
    reports.push(report);
    expect(report.violations).toEqual([]);
    expect(
      scenario.ceiling,
      'a ceiling above the budget only makes sense while the budget is unmet',
    ).toBeGreaterThanOrEqual(scenario.budget);
    expect(
      report.gzip,
      `${scenario.name}: ${report.gzip} B gzip, ceiling ${scenario.ceiling} B (budget ${scenario.budget} B)`,
    ).toBeLessThanOrEqual(scenario.ceiling);
  });

  afterAll(() => {
    console.log(`\n${formatReports(reports)}\n`);
  });
});
