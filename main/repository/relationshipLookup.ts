// Finding relationships by id. A pattern over all three types at once
// (`[r:RELIES_ON|RESOURCE_FLOW|TRUSTS {networkId, id}]`) cannot use an index and scans every
// relationship in the database (about 2 s per edit at 50k relationships, measured); one MATCH
// per type uses that type's (networkId, id) constraint index instead.
import { RELATIONSHIP_KINDS } from '../../shared/domain';

// A subquery binding `r` to the relationship whose id is in `idExpression` (a variable in scope).
export function relationshipById(idVariable: string, bind = 'r'): string {
  const branches = RELATIONSHIP_KINDS.map(
    (kind) => `MATCH ()-[${bind}:${kind} {networkId: $networkId, id: ${idVariable}}]->() USING INDEX ${bind}:${kind}(networkId, id) RETURN ${bind}`,
  );
  return `CALL (${idVariable}) {
    ${branches.join('\n    UNION\n    ')}
  }`;
}
