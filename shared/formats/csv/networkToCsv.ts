// CSV export: parties.csv and relationships.csv with the same columns the import reads, so an
// exported network can be edited in a spreadsheet and imported back. Relationships carry both
// party names (to read) and party ids (so renaming a party in the sheet cannot break a link).
import Papa from 'papaparse';
import { RELATIONSHIP_KIND_LABELS } from '../../domain';
import type { AgreementTerm, NetworkGraph, Party, Relationship } from '../../domain';
import { writeInterests, writeList } from '../fieldValues';
import { PARTY_COLUMNS, RELATIONSHIP_COLUMNS } from './csvColumns';
import type { PartyColumnKey, RelationshipColumnKey } from './csvColumns';

export interface CsvFiles {
  parties: string;
  relationships: string;
}

type Cell = string | number;

// Excel opens a UTF-8 file correctly only when it starts with a byte-order mark, and CRLF line
// ends are what every spreadsheet writes. escapeFormulae puts an apostrophe before text starting
// with = + - @ so a cell like "=HYPERLINK(…)" is shown, not run (the import removes it again).
export function toCsvText(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return `\ufeff${Papa.unparse({ fields: [...header], data: rows.map((row) => [...row]) }, { newline: '\r\n', escapeFormulae: true })}\r\n`;
}

export function partyCells(party: Party, nameOf: (partyId: string) => string): Record<PartyColumnKey, Cell> {
  return {
    id: party.id,
    name: party.name,
    shortName: party.shortName,
    side: party.side,
    type: party.type,
    tags: writeList(party.tags),
    notes: party.notes,
    interests: writeInterests(party.interests),
    x: party.x ?? '',
    y: party.y ?? '',
    partOf: party.partOf === null ? '' : nameOf(party.partOf),
    partOfId: party.partOf ?? '',
  };
}

const blankRelationship: Record<RelationshipColumnKey, Cell> = Object.fromEntries(
  RELATIONSHIP_COLUMNS.map((column) => [column.key, '']),
) as Record<RelationshipColumnKey, Cell>;

export function relationshipCells(
  relationship: Relationship,
  nameOf: (partyId: string) => string,
): Record<RelationshipColumnKey, Cell> {
  const common = {
    ...blankRelationship,
    id: relationship.id,
    kind: RELATIONSHIP_KIND_LABELS[relationship.kind].toLowerCase(),
    from: nameOf(relationship.source),
    to: nameOf(relationship.target),
    fromId: relationship.source,
    toId: relationship.target,
    notes: relationship.notes,
  };
  switch (relationship.kind) {
    case 'RELIES_ON':
      return { ...common, service: relationship.service, criticality: relationship.criticality, substitutability: relationship.substitutability, ...termCells(relationship) };
    case 'RESOURCE_FLOW':
      return { ...common, resource: relationship.resource, amount: relationship.amount ?? '', unit: relationship.unit, period: relationship.period, ...termCells(relationship) };
    case 'TRUSTS':
      return {
        ...common,
        level: relationship.level,
        reliability: relationship.reliability ?? '',
        missionSupport: relationship.missionSupport ?? '',
        openness: relationship.openness ?? '',
        assessedAt: relationship.assessedAt ?? '',
        assessedBy: relationship.assessedBy,
      };
  }
}

function termCells(term: AgreementTerm): Pick<Record<RelationshipColumnKey, Cell>, 'startsOn' | 'endsOn' | 'renews'> {
  return { startsOn: term.startsOn ?? '', endsOn: term.endsOn ?? '', renews: term.renews ? 'yes' : 'no' };
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function networkToCsv(graph: Pick<NetworkGraph, 'parties' | 'relationships'>): CsvFiles {
  const names = new Map(graph.parties.map((party) => [party.id, party.name]));
  const parties = [...graph.parties].sort(byId).map((party) => {
    const cells = partyCells(party, (id) => names.get(id) ?? id);
    return PARTY_COLUMNS.map((column) => cells[column.key]);
  });
  const relationships = [...graph.relationships].sort(byId).map((relationship) => {
    const cells = relationshipCells(relationship, (id) => names.get(id) ?? id);
    return RELATIONSHIP_COLUMNS.map((column) => cells[column.key]);
  });
  return {
    parties: toCsvText(
      PARTY_COLUMNS.map((column) => column.header),
      parties,
    ),
    relationships: toCsvText(
      RELATIONSHIP_COLUMNS.map((column) => column.header),
      relationships,
    ),
  };
}
