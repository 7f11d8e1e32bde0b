import { describe, expect, it } from 'vitest';
import { median } from '../median.js';
import { formatTable } from './format-table.js';
import { failed, summarize } from './results.js';

const heading = { id: 'x', label: 'per-request CPU', floor: 'plain fetch', unit: 'µs' as const, target: 1.15 };

describe('summarize and formatTable', () => {
  it('takes medians (the middle two averaged for an even count)', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('gives each subject its median and its ratio to the floor', () => {
    const result = summarize(
      heading,
      new Map([
        ['floor', [100, 90, 110]],
        ['official', [150, 160, 140]],
        ['anth fn', [115, 120, 110]],
        ['anth class', [120, 125, 118]],
      ]),
    );
    expect(result.subjects['official']).toMatchObject({ median: 150, ratio: 1.5 });
    expect(result.subjects['anth fn']?.ratio).toBeCloseTo(1.15);
    expect(formatTable([result]).split('\n')).toEqual([
      '| measure | floor | official 1.14 | @anth | target |',
      '| --- | --- | --- | --- | --- |',
      '| per-request CPU | 100 µs · plain fetch | 150 µs (1.50×) | fn 115 µs (1.15×) · class 120 µs (1.20×) | ≤1.15× |',
    ]);
  });

  it('refuses a subject with no reading, and prints a failed measure as such', () => {
    expect(() =>
      summarize(
        heading,
        new Map([
          ['floor', [1]],
          ['official', []],
        ]),
      ),
    ).toThrow(/official/);
    const row = formatTable([failed(heading, new Error('child exited 1 | boom'))]).split('\n')[2];
    expect(row).toBe('| per-request CPU | **failed**: child exited 1 \\| boom |  |  | ≤1.15× |');
  });

  it('writes ms and MB with one decimal below 100', () => {
    const result = summarize(
      { ...heading, unit: 'MB' },
      new Map([
        ['floor', [88.94]],
        ['anth', [98.12]],
      ]),
    );
    expect(formatTable([result])).toContain('| 88.9 MB · plain fetch | – | 98.1 MB (1.10×) |');
  });
});
