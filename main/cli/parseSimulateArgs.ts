// The simulate command's arguments, checked before any file is read.
import { parseArgs } from 'node:util';
import { CliError } from './cliError';

export const SIMULATE_USAGE = `Usage:
  npm run simulate -- --input network.json --withdraw ID[,ID...] [--json] [--affected 0.05] [--disrupted 0.5]
  npm run simulate -- --input network.json --list

  --input, -i     a Careweave network file (JSON, as exported by the app)
  --withdraw, -w  ids of the parties that step away, separated by commas (or repeat the option)
  --json          print every party's result as JSON instead of a table
  --affected      impact at which a party counts as affected (default 0.05)
  --disrupted     impact at which a party counts as disrupted (default 0.5)
  --list          print the parties in the file with their ids
  --help, -h      show this help`;

export interface SimulateArgs {
  readonly input: string;
  readonly withdraw: readonly string[];
  readonly json: boolean;
  readonly list: boolean;
  readonly affectedThreshold?: number;
  readonly disruptedThreshold?: number;
}

/** null when help was asked for. */
export function parseSimulateArgs(argv: readonly string[]): SimulateArgs | null {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        input: { type: 'string', short: 'i' },
        withdraw: { type: 'string', short: 'w', multiple: true },
        json: { type: 'boolean', default: false },
        list: { type: 'boolean', default: false },
        affected: { type: 'string' },
        disrupted: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n\n${SIMULATE_USAGE}`);
  }
  if (values.help) return null;
  if (values.input === undefined || values.input.trim() === '') throw new CliError(`Say which network file to read with --input.\n\n${SIMULATE_USAGE}`);
  const withdraw = (values.withdraw ?? []).flatMap((list) => list.split(',')).map((id) => id.trim()).filter((id) => id !== '');
  if (withdraw.length === 0 && !values.list) {
    throw new CliError(`Say which parties withdraw with --withdraw ID[,ID...] (use --list to see the ids).\n\n${SIMULATE_USAGE}`);
  }
  return {
    input: values.input,
    withdraw,
    json: values.json,
    list: values.list,
    affectedThreshold: threshold('--affected', values.affected),
    disruptedThreshold: threshold('--disrupted', values.disrupted),
  };
}

function threshold(option: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === '' || !(value > 0 && value <= 1)) {
    throw new CliError(`${option} must be a number above 0 and at most 1, for example 0.05 (got "${text}").`);
  }
  return value;
}
