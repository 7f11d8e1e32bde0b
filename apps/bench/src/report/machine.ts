import { availableParallelism, cpus } from 'node:os';

export interface Machine {
  date: string;
  cpu: string;
  cores: number;
  node: string;
}

/**
 * Where and when the bench ran, for the header of its table.
 *
 * @example
 * const { cpu, cores, node } = machine();
 */
export function machine(): Machine {
  return {
    date: new Date().toISOString(),
    cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: availableParallelism(),
    node: process.version,
  };
}
