import type { MeasureResult, SubjectResult, Unit } from './results.js';

/**
 * The results as a markdown table: measure | floor | official 1.14 | @anth | target: medians,
 * with each SDK's ratio to the floor measured in the same run.
 *
 * @example
 * console.log(formatTable(results));
 */
export function formatTable(results: readonly MeasureResult[]): string {
  const rows = results.map((result) => {
    const label = result.label;
    const target = `≤${result.target.toFixed(2)}×`;
    if (result.error) return [label, `**failed**: ${escapeCell(result.error)}`, '', '', target];
    const { floor, official, ...anth } = result.subjects;
    const anthCell = Object.entries(anth)
      .map(([name, value]) => {
        const variant = name.replace(/^anth ?/, '');
        return `${variant ? `${variant} ` : ''}${withRatio(value, result.unit)}`;
      })
      .join(' · ');
    const floorCell = floor ? `${amount(floor.median, result.unit)} · ${result.floor}` : '–';
    return [label, floorCell, official ? withRatio(official, result.unit) : '–', anthCell, target];
  });
  const header = ['measure', 'floor', 'official 1.14', '@anth', 'target'];
  return [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

function withRatio(value: SubjectResult, unit: Unit): string {
  return `${amount(value.median, unit)} (${value.ratio.toFixed(2)}×)`;
}

/** µs as whole numbers, ms and MB with one decimal below 100. */
function amount(value: number, unit: Unit): string {
  const digits = unit === 'µs' || value >= 100 ? 0 : 1;
  return `${value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })} ${unit}`;
}

function escapeCell(text: string): string {
  return text.replaceAll('|', '\\|');
}
