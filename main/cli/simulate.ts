// Command line for analysts: simulate a withdrawal on a network file, with the same model as the
// app. Run: tsx main/cli/simulate.ts --input network.json --withdraw ID[,ID...] [--json]
// Exits 0 on success, 2 on a bad file, bad option or unknown id, 1 on anything unexpected.
import { compileNetwork, harmByOrganisation, simulateWithdrawal, UnknownPartyError, UnknownRelationshipError } from '../../shared/analysis';
import { withMembers } from '../../shared/domain';
import type { ImpactParty } from '../../shared/analysis';
import { CliError, runCommand } from './cliError';
import { closeMatches } from './closeMatches';
import { formatJson } from './formatJson';
import { formatReport } from './formatReport';
import type { DatedQuestion } from './formatReport';
import { agreementsEndingBefore, renewingBefore, sayDay } from '../../shared/timeline';
import type { NetworkDocument } from '../../shared/domain';
import { parseSimulateArgs, SIMULATE_USAGE } from './parseSimulateArgs';
import { readNetworkDocument } from './readNetworkDocument';

export function runSimulate(argv: readonly string[], out: (text: string) => void): void {
  const args = parseSimulateArgs(argv);
  if (args === null) return out(`${SIMULATE_USAGE}\n`);
  const document = readNetworkDocument(args.input);
  if (args.list) return out(document.parties.map((party) => `${party.id}\t${party.name} (${party.side} / ${party.type})`).join('\n') + '\n');
  const dated = args.on === undefined ? null : datedQuestion(document.relationships, args.on);
  const relationships = [...new Set([...args.withdrawRelationships, ...(dated?.ending ?? [])])];
  if (args.withdraw.length === 0 && relationships.length === 0) {
    return out(`No agreement in "${document.network.name}" ends before ${sayDay(args.on ?? '')} without renewing${dated && dated.renewing.length > 0 ? ` (${dated.renewing.length} end before then and renew by themselves)` : ''}, so nothing ends: nobody is affected.\n`);
  }
  const compiled = compileNetwork(document);
  let result;
  try {
    // An organisation leaves with everyone inside it (issue 15).
    result = simulateWithdrawal(compiled, { parties: withMembers(document.parties, args.withdraw), relationships }, {
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
  out(args.json ? formatJson(document.network.name, result, organisations) : formatReport(document, result, dated ?? undefined, organisations));
}

/** The agreements a date ends (issue 12): ending before it and not renewing; and those that renew. */
function datedQuestion(relationships: NetworkDocument['relationships'], on: string): DatedQuestion {
  return { on, ending: agreementsEndingBefore(relationships, on).map((relationship) => relationship.id), renewing: renewingBefore(relationships, on).map((relationship) => relationship.id) };
}

function unknownIdsMessage(ids: readonly string[], parties: readonly ImpactParty[], path: string): string {
  const lines = ids.map((id) => {
    const matches = closeMatches(id, parties);
    const hint = matches.length === 0 ? 'no party has a similar id or name' : `did you mean ${matches.map((party) => `${party.id} (${party.name})`).join(', ')}?`;
    return `  "${id}": ${hint}`;
  });
  return `${ids.length === 1 ? 'This party id is' : 'These party ids are'} not in "${path}":\n${lines.join('\n')}\nRun with --list to see every party's id.`;
}

runCommand(runSimulate);
