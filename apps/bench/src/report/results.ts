import { median } from '../median.js';

export type Unit = 'µs' | 'ms' | 'MB';

/** One contender's readings in one measure. */
export interface SubjectResult {
  median: number;
  /** `median` over the floor's median. */
  ratio: number;
  samples: number[];
}

/** One row of the table. */
export interface MeasureResult {
  id: string;
  label: string;
  /** What the floor is, in words. */
  floor: string;
  unit: Unit;
  /** The ratio to the floor aimed at (printed, never asserted). */
  target: number;
  /** By subject name: `floor`, `official`, `anth` or `anth fn` / `anth class`. */
  subjects: Record<string, SubjectResult>;
  /** Set when the measure failed to run; `subjects` is then empty. */
  error?: string;
  /** Wall time the measure took. */
  seconds?: number;
}

export type MeasureHeading = Omit<MeasureResult, 'subjects' | 'error' | 'seconds'>;

/**
 * Medians and ratios to the floor of a measure's samples; fails if a subject has no sample.
 *
 * @example
 * summarize(heading, new Map([['floor', [10, 11]], ['official', [20, 22]]]));
 */
export function summarize(heading: MeasureHeading, samples: ReadonlyMap<string, number[]>): MeasureResult {
  const floor = median(samples.get('floor') ?? []);
  const subjects: Record<string, SubjectResult> = {};
  for (const [name, values] of samples) {
    const middle = median(values);
    if (!Number.isFinite(middle)) throw new Error(`${name} produced no reading`);
    subjects[name] = { median: middle, ratio: middle / floor, samples: values };
  }
  if (!Number.isFinite(floor) || floor <= 0) throw new Error(`the floor produced no positive reading (${floor})`);
  return { ...headingOf(heading), subjects };
}

/** The row of a measure that failed to run. */
export function failed(heading: MeasureHeading, error: unknown): MeasureResult {
  const message = error instanceof Error ? error.message : String(error);
  return { ...headingOf(heading), subjects: {}, error: message.split('\n').slice(0, 3).join(' ') };
}

/** Only the heading fields of `measure` (not, say, its `run` function). */
function headingOf({ id, label, floor, unit, target }: MeasureHeading): MeasureHeading {
  return { id, label, floor, unit, target };
}
