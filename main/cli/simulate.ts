// Command line for analysts: simulate a withdrawal on a network file, with the same model as the
// app. Run: tsx main/cli/simulate.ts --input network.json --withdraw ID[,ID...] [--json]
// Exits 0 on success, 2 on a bad file, bad option or unknown id, 1 on anything unexpected.
import { compileNetwork, harmByOrganisation, simulateWithdrawal, UnknownPartyError, UnknownRelationshipError } from '../../shared/analysis';
import { withMembers } from '../../shared/domain';
import type { ImpactParty } from '../../shared/analysis';
import { CliError } from './cliError';
import { closeMatches } from './closeMatches';
import { formatJson } from './formatJson';
import { formatReport } from './formatReport';
import { parseSimulateArgs, SIMULATE_USAGE } from './parseSimulateArgs';
import { readNetworkDocument } from './readNetworkDocument';

export function runSimulate(argv: readonly string[], out: (text: string) => void): void {
  const args = parseSimulateArgs(argv);
  if (args === null) return out(`${SIMULATE_USAGE}\n`);
  const document = readNetworkDocument(args.input);
  if (args.list) return out(document.parties.map((party) => `${party.id}\t${party.name} (${party.side} / ${party.type})`).join('\n') + '\n');
  const compiled = compileNetwork(document);
  let result;
  try {
    // An organisation leaves with everyone inside it (issue 15).
    result = simulateWithdrawal(compiled, { parties: withMembers(document.parties, args.withdraw), relationships: args.withdrawRelationships }, {
      affectedThreshold: args.affectedThreshold,
      disruptedThreshold: args.disruptedThreshold,
      precision: args.precision,
      seed: args.seed,
    });
  } catch (error) {
    if (error instanceof UnknownPartyError) throw new CliError(unknownIdsMessage(error.ids, document.parties, args.input));
    if (error instanceof UnknownRelationshipError) throw new CliError(`${error.message} Relationship ids are in the file's "relationships" list.`);
    if (error instanceof RangeError) throw new CliError(error.message);
    throw error;
  }
  const organisations = harmByOrganisation(document.parties, result);
  out(args.json ? formatJson(document.network.name, result, organisations) : formatReport(document, result, organisations));
}

function unknownIdsMessage(ids: readonly string[], parties: readonly ImpactParty[], path: string): string {
  const lines = ids.map((id) => {
    const matches = closeMatches(id, parties);
    const hint = matches.length === 0 ? 'no party has a similar id or name' : `did you mean ${matches.map((party) => `${party.id} (${party.name})`).join(', ')}?`;
    return `  "${id}": ${hint}`;
  });
  return `${ids.length === 1 ? 'This party id is' : 'These party ids are'} not in "${path}":\n${lines.join('\n')}\nRun with --list to see every party's id.`;
}

function main(): void {
  try {
    runSimulate(process.argv.slice(2), (text) => process.stdout.write(text));
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = error.exitCode;
      return;
    }
    process.stderr.write(`Unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  }
}

main();
