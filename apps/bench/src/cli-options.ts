export interface CliOptions {
  quick: boolean;
  /** Where to write the results as JSON, if anywhere. */
  json: string | undefined;
}

/**
 * Reads `--quick` and `--json <file>`; anything else is an error naming the argument.
 *
 * @example
 * parseCliOptions(['--quick', '--json', 'out.json']); // { quick: true, json: 'out.json' }
 */
export function parseCliOptions(args: readonly string[]): CliOptions {
  const options: CliOptions = { quick: false, json: undefined };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (arg === '--quick') options.quick = true;
    else if (arg === '--json') {
      const file = args[++index];
      if (!file || file.startsWith('--')) throw new Error('--json needs a file name: --json results.json');
      options.json = file;
    } else if (arg?.startsWith('--json=')) options.json = arg.slice('--json='.length);
    else throw new Error(`unknown argument ${JSON.stringify(arg)}: expected --quick and/or --json <file>`);
  }
  return options;
}
