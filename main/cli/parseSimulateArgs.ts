// The simulate command's arguments, checked before any file is read.
import { isDay } from '../../shared/timeline';
import { CliError } from './cliError';
import { parseCommandLine } from './parseCommandLine';

export const SIMULATE_USAGE = `Usage:
  npm run simulate -- --input network.json --withdraw ID[,ID...] [--withdraw-relationship ID[,ID...]]
                      [--on YYYY-MM-DD] [--json] [--affected 0.05] [--disrupted 0.5]
                      [--precision 0.01] [--seed 1]
  npm run simulate -- --input network.json --list

  --input, -i     a Careweave network file (JSON, as exported by the app)
  --withdraw, -w  ids of the parties that step away, separated by commas (or repeat the option);
                  an organisation steps away with every party that is part of it
  --withdraw-relationship
                  ids of reliance or resource-flow relationships whose agreement ends while
                  both parties stay (alone or with --withdraw)
  --on            a day, like 2027-06-30: the agreements whose end date falls before it and
                  that do not renew end too (alone or with the options above)
  --json          print every party's result as JSON instead of a table
  --affected      chance at which a party counts as affected (default 0.05)
  --disrupted     chance at which a party counts as disrupted (default 0.5)
  --precision     largest 95% margin of an estimated chance (default 0.01, ±1 point);
                  smaller is more precise and slower
  --seed          seed of the simulated futures (default 1): the same seed, file and
                  question always give the same numbers
  --list          print the parties in the file with their ids
  --help, -h      show this help`;

export interface SimulateArgs {
  readonly input: string;
  readonly withdraw: readonly string[];
  readonly withdrawRelationships: readonly string[];
  /** The agreements ending before this day and not renewing end (issue 12). */
  readonly on?: string;
  readonly json: boolean;
  readonly list: boolean;
  readonly affectedThreshold?: number;
  readonly disruptedThreshold?: number;
  readonly precision?: number;
  readonly seed?: number;
}

/** null when help was asked for. */
export function parseSimulateArgs(argv: readonly string[]): SimulateArgs | null {
  const values = parseCommandLine(
    argv,
    {
      input: { type: 'string', short: 'i' },
      withdraw: { type: 'string', short: 'w', multiple: true },
      'withdraw-relationship': { type: 'string', multiple: true },
      on: { type: 'string' },
      json: { type: 'boolean', default: false },
      list: { type: 'boolean', default: false },
      affected: { type: 'string' },
      disrupted: { type: 'string' },
      precision: { type: 'string' },
      seed: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    SIMULATE_USAGE,
  );
  if (values.help) return null;
  if (values.input === undefined || values.input.trim() === '') throw new CliError(`Say which network file to read with --input.\n\n${SIMULATE_USAGE}`);
  const withdraw = idList(values.withdraw);
  const withdrawRelationships = idList(values['withdraw-relationship']);
  const on = day(values.on);
  if (withdraw.length === 0 && withdrawRelationships.length === 0 && on === undefined && !values.list) {
    throw new CliError(`Say which parties withdraw with --withdraw ID[,ID...] (use --list to see the ids), which agreements end with --withdraw-relationship ID[,ID...], or a day with --on YYYY-MM-DD.\n\n${SIMULATE_USAGE}`);
  }
  return {
    input: values.input,
    withdraw,
    withdrawRelationships,
    ...(on === undefined ? {} : { on }),
    json: values.json,
    list: values.list,
    affectedThreshold: threshold('--affected', values.affected),
    disruptedThreshold: threshold('--disrupted', values.disrupted),
    precision: precision(values.precision),
    seed: seed(values.seed),
  };
}

function idList(lists: readonly string[] | undefined): string[] {
  return (lists ?? []).flatMap((list) => list.split(',')).map((id) => id.trim()).filter((id) => id !== '');
}

function day(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  if (!isDay(text.trim())) throw new CliError(`--on must be a day written like 2027-06-30 (got "${text}").`);
  return text.trim();
}

function threshold(option: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === '' || !(value > 0 && value <= 1)) {
    throw new CliError(`${option} must be a number above 0 and at most 1, for example 0.05 (got "${text}").`);
  }
  return value;
}

function precision(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === '' || !(value >= 0.001 && value <= 0.5)) {
    throw new CliError(`--precision must be a margin between 0.001 and 0.5, for example 0.01 for ±1 percentage point (got "${text}").`);
  }
  return value;
}

function seed(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || value > 0xffffffff) throw new CliError(`--seed must be a whole number from 0 to 4294967295, for example 1 (got "${text}").`);
  return value;
}
