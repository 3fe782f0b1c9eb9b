// GraphML export for Gephi, yEd and Cytoscape desktop: every field as a declared attribute
// (attr.name and attr.type, so the tools keep their types), directed edges, a "label" on nodes
// and edges, Gephi's position and colour attributes, and optionally yEd's drawing elements.
// An organisation's members carry its id in "partOf"; with yEd's drawing they are also nested in
// its node as a yEd group (Gephi and Cytoscape get a flat file, which they read best).
import { membersByOrganisation } from '../../domain';
import type { AgreementTerm, NetworkGraph, Party, Relationship } from '../../domain';
import { KIND_VERBS } from '../fieldLabels';
import { writeInterests, writeList } from '../fieldValues';
import { EDGE_KEYS, GRAPH_KEYS, NODE_KEYS, YED_EDGE_GRAPHICS_KEY, YED_NODE_GRAPHICS_KEY } from './graphmlKeys';
import type { ExportKey } from './graphmlKeys';
import { SIDE_LOOK, yedEdgeGraphics, yedGroupGraphics, yedNodeGraphics } from './yedGraphics';
import { escapeXml } from './xmlText';

export interface GraphmlExportOptions {
  /** Adds yEd's graphics so yEd shows labels, shapes, colours and positions. Gephi ignores them. */
  yedGraphics: boolean;
}

type Value = string | number | boolean | null;

const TRUST_COLORS = ['#D55E00', '#E69F00', '#A3A3A3', '#56B4E9', '#0072B2'];

function keyLine(key: ExportKey): string {
  return `  <key id="${key.id}" for="${key.for}" attr.name="${key.name}" attr.type="${key.type}"/>`;
}

function dataLines(keys: readonly ExportKey[], values: Record<string, Value>, indent: string): string[] {
  return keys.flatMap((key) => {
    const value = values[key.name];
    if (value === null || value === undefined || value === '') return [];
    return [`${indent}<data key="${key.id}">${escapeXml(String(value))}</data>`];
  });
}

function hexChannels(hex: string): [number, number, number] {
  return [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16)) as [number, number, number];
}

function nodeValues(party: Party): Record<string, Value> {
  const [r, g, b] = hexChannels(SIDE_LOOK[party.side].fill);
  return {
    label: party.name,
    name: party.name,
    shortName: party.shortName,
    side: party.side,
    type: party.type,
    tags: writeList(party.tags),
    notes: party.notes,
    interests: writeInterests(party.interests),
    x: party.x,
    y: party.y,
    partOf: party.partOf,
    r,
    g,
    b,
  };
}

export function edgeLabel(relationship: Relationship): string {
  switch (relationship.kind) {
    case 'RELIES_ON':
      return `${KIND_VERBS.RELIES_ON}: ${relationship.service}`;
    case 'RESOURCE_FLOW':
      return relationship.resource;
    case 'TRUSTS':
      return `trust ${relationship.level}`;
  }
}

// Gephi draws edge thickness from "weight": criticality for reliance, level for trust.
function edgeWeight(relationship: Relationship): number {
  if (relationship.kind === 'RELIES_ON') return relationship.criticality;
  if (relationship.kind === 'TRUSTS') return relationship.level;
  return 1;
}

function edgeValues(relationship: Relationship): Record<string, Value> {
  const common = {
    label: edgeLabel(relationship),
    kind: relationship.kind,
    interaction: KIND_VERBS[relationship.kind],
    weight: edgeWeight(relationship),
    notes: relationship.notes,
  };
  switch (relationship.kind) {
    case 'RELIES_ON':
      return { ...common, service: relationship.service, criticality: relationship.criticality, substitutability: relationship.substitutability, ...termValues(relationship) };
    case 'RESOURCE_FLOW':
      return { ...common, resource: relationship.resource, amount: relationship.amount, unit: relationship.unit, period: relationship.period, ...termValues(relationship) };
    case 'TRUSTS':
      return {
        ...common,
        level: relationship.level,
        reliability: relationship.reliability,
        missionSupport: relationship.missionSupport,
        openness: relationship.openness,
        assessedAt: relationship.assessedAt,
        assessedBy: relationship.assessedBy,
      };
  }
}

// "renews" is written only when it does: absent reads back as no.
function termValues(term: AgreementTerm): Record<string, Value> {
  return { startsOn: term.startsOn, endsOn: term.endsOn, renews: term.renews ? true : null };
}

function edgeGraphics(relationship: Relationship): string {
  const trustColor = relationship.kind === 'TRUSTS' ? TRUST_COLORS[Math.min(4, Math.max(0, Math.round(relationship.level) - 1))] : undefined;
  const width = relationship.kind === 'RELIES_ON' ? 1 + relationship.criticality : 2;
  return yedEdgeGraphics(relationship.kind, relationship.kind === 'RESOURCE_FLOW' ? relationship.resource : '', width, trustColor);
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function networkToGraphml(graph: NetworkGraph, options: GraphmlExportOptions): string {
  const { yedGraphics } = options;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!-- Exported from Careweave: a care network map. Opens in Gephi, yEd and Cytoscape desktop. -->',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      (yedGraphics
        ? ' xmlns:y="http://www.yworks.com/xml/graphml" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">'
        : ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">'),
    ...[...GRAPH_KEYS, ...NODE_KEYS, ...EDGE_KEYS].map(keyLine),
    ...(yedGraphics
      ? [`  <key id="${YED_NODE_GRAPHICS_KEY}" for="node" yfiles.type="nodegraphics"/>`, `  <key id="${YED_EDGE_GRAPHICS_KEY}" for="edge" yfiles.type="edgegraphics"/>`]
      : []),
    `  <graph id="${escapeXml(graph.network.id)}" edgedefault="directed">`,
    ...dataLines(GRAPH_KEYS, { name: graph.network.name, description: graph.network.description }, '    '),
  ];
  // yEd's drawing comes first in each element. networkx (and tools built on it) fold yEd's
  // drawing into plain attributes named "x", "y" and "label", the box's top-left corner as text,
  // and the data read last wins: written after it, Careweave's own x and y (centres, as numbers)
  // are what networkx keeps, so every tool reads the same positions and a file saved back from
  // networkx does not move anyone. test/formats/graphmlNetworkx.test.ts reads it with networkx.
  const members = yedGraphics ? membersByOrganisation(graph.parties) : new Map<string, string[]>();
  const inGroup = new Set([...members.values()].flat());
  const partyById = new Map(graph.parties.map((party) => [party.id, party]));
  const writeParty = (party: Party, indent: string) => {
    const inner = members.get(party.id);
    lines.push(`${indent}<node id="${escapeXml(party.id)}"${inner ? ' yfiles.foldertype="group"' : ''}>`);
    if (yedGraphics) {
      const drawing = inner ? yedGroupGraphics(party.name, party.side) : yedNodeGraphics(party.name, party.side, party.x, party.y);
      lines.push(`${indent}  <data key="${YED_NODE_GRAPHICS_KEY}">${drawing}</data>`);
    }
    lines.push(...dataLines(NODE_KEYS, nodeValues(party), `${indent}  `));
    if (inner) {
      lines.push(`${indent}  <graph id="${escapeXml(party.id)}:" edgedefault="directed">`);
      for (const member of inner.map((id) => partyById.get(id)!).sort(byId)) writeParty(member, `${indent}    `);
      lines.push(`${indent}  </graph>`);
    }
    lines.push(`${indent}</node>`);
  };
  for (const party of [...graph.parties].sort(byId)) if (!inGroup.has(party.id)) writeParty(party, '    ');
  for (const relationship of [...graph.relationships].sort(byId)) {
    lines.push(`    <edge id="${escapeXml(relationship.id)}" source="${escapeXml(relationship.source)}" target="${escapeXml(relationship.target)}">`);
    if (yedGraphics) lines.push(`      <data key="${YED_EDGE_GRAPHICS_KEY}">${edgeGraphics(relationship)}</data>`);
    lines.push(...dataLines(EDGE_KEYS, edgeValues(relationship), '      '), '    </edge>');
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
