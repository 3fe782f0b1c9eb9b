// Command line for analysts: network insight on a network file, with the same code as the app.
// Run: tsx main/cli/analyze.ts --input network.json [--json]
// Exits 0 on success, 2 on a bad file or bad option, 1 on anything unexpected.
import { pathToFileURL } from 'node:url';
import { compileNetwork, criticalityRanking } from '../../shared/analysis';
import { insightReport } from '../../shared/insight';
import { CliError, runCommand } from './cliError';
import { formatInsight } from './formatInsight';
import { ANALYZE_USAGE, parseAnalyzeArgs } from './parseAnalyzeArgs';
import { readNetworkDocument } from './readNetworkDocument';

export function runAnalyze(argv: readonly string[], out: (text: string) => void): void {
  const args = parseAnalyzeArgs(argv);
  if (args === null) return out(`${ANALYZE_USAGE}\n`);
  const document = readNetworkDocument(args.input);
  let report;
  try {
    const ranking = args.harm ? criticalityRanking(compileNetwork(document)) : undefined;
    report = insightReport(document, { thresholds: args.thresholds, ...(args.today ? { today: args.today } : {}), ...(ranking ? { ranking } : {}) });
  } catch (error) {
    if (error instanceof RangeError) throw new CliError(error.message);
    throw error;
  }
  if (!args.json) return out(formatInsight(document.network.name, report));
  const { network, parties, warnings } = report;
  out(`${JSON.stringify({ parties, network: { name: document.network.name, ...network }, warnings }, null, 2)}\n`);
}

// Run when started as a program, not when a test imports runAnalyze.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) runCommand(runAnalyze);
