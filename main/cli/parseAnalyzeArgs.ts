// The analyze command's arguments, checked before any file is read.
import { DEFAULT_WARNING_THRESHOLDS } from '../../shared/domain';
import type { WarningThresholds } from '../../shared/domain';
import { CliError } from './cliError';
import { parseCommandLine } from './parseCommandLine';

const D = DEFAULT_WARNING_THRESHOLDS;

export const ANALYZE_USAGE = `Usage:
  npm run analyze -- --input network.json [--json]
                     [--heavy-criticality ${D.heavyCriticality}] [--low-trust ${D.lowTrust}] [--high-trust ${D.highTrust}]
                     [--stale-days ${D.staleAfterDays}] [--today YYYY-MM-DD] [--no-harm]

  --input, -i          a Careweave network file (JSON, as exported by the app)
  --json               print every party's metrics, the network's scores and the warnings as JSON
  --heavy-criticality  reliance at this criticality or above is heavy (default ${D.heavyCriticality})
  --low-trust          trust at this level or below is low (default ${D.lowTrust})
  --high-trust         trust at this level or above is high (default ${D.highTrust})
  --stale-days         a trust rating older than this many days needs reassessing (default ${D.staleAfterDays})
  --today              the day to count trust's age from (default: today)
  --no-harm            leave out harm and criticality rank (they simulate every party's
                       withdrawal, which takes a while on a very large network)
  --help, -h           show this help`;

export interface AnalyzeArgs {
  readonly input: string;
  readonly json: boolean;
  readonly harm: boolean;
  readonly thresholds: Partial<WarningThresholds>;
  readonly today?: string;
}

/** null when help was asked for. */
export function parseAnalyzeArgs(argv: readonly string[]): AnalyzeArgs | null {
  const values = parseCommandLine(
    argv,
    {
      input: { type: 'string', short: 'i' },
      json: { type: 'boolean', default: false },
      'heavy-criticality': { type: 'string' },
      'low-trust': { type: 'string' },
      'high-trust': { type: 'string' },
      'stale-days': { type: 'string' },
      today: { type: 'string' },
      'no-harm': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    ANALYZE_USAGE,
  );
  if (values.help) return null;
  if (values.input === undefined || values.input.trim() === '') throw new CliError(`Say which network file to read with --input.\n\n${ANALYZE_USAGE}`);
  const thresholds: Partial<WarningThresholds> = {};
  const heavy = number('--heavy-criticality', values['heavy-criticality'], 1, 5, true);
  const low = number('--low-trust', values['low-trust'], 1, 5, false);
  const high = number('--high-trust', values['high-trust'], 1, 5, false);
  const days = number('--stale-days', values['stale-days'], 1, 3650, true);
  if (heavy !== undefined) thresholds.heavyCriticality = heavy;
  if (low !== undefined) thresholds.lowTrust = low;
  if (high !== undefined) thresholds.highTrust = high;
  if (days !== undefined) thresholds.staleAfterDays = days;
  const today = values.today;
  if (today !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(today) && !Number.isNaN(Date.parse(today)))) {
    throw new CliError(`--today must be a date like 2026-03-31 (got "${today}").`);
  }
  return { input: values.input, json: values.json, harm: !values['no-harm'], thresholds, ...(today ? { today } : {}) };
}

function number(option: string, text: string | undefined, min: number, max: number, whole: boolean): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === '' || !(value >= min && value <= max) || (whole && !Number.isInteger(value))) {
    throw new CliError(`${option} must be a ${whole ? 'whole number' : 'number'} from ${min} to ${max} (got "${text}").`);
  }
  return value;
}
