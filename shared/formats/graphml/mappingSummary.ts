// Keeps track of what happened to each attribute of a GraphML file from another tool, for the
// summary the preview shows: which became Careweave fields, which were kept in notes, and which
// only described the other tool's drawing and were left out.
import { fieldLabel } from '../fieldLabels';

export interface MappingSummary {
  mapped(element: 'node' | 'edge', attribute: string, field: string): void;
  kept(element: 'node' | 'edge', attribute: string): void;
  dropped(element: 'node' | 'edge', attribute: string): void;
  count(event: string, times?: number): void;
  lines(): string[];
}

const quoteList = (names: Iterable<string>) => [...names].map((name) => `"${name}"`).join(', ');

export function createMappingSummary(): MappingSummary {
  const mapped = { node: new Map<string, string>(), edge: new Map<string, string>() };
  const kept = { node: new Set<string>(), edge: new Set<string>() };
  const dropped = { node: new Set<string>(), edge: new Set<string>() };
  const counts = new Map<string, number>();
  return {
    mapped: (element, attribute, field) => void mapped[element].set(attribute, fieldLabel(field)),
    kept: (element, attribute) => void kept[element].add(attribute),
    dropped: (element, attribute) => void dropped[element].add(attribute),
    count: (event, times = 1) => {
      if (times > 0) counts.set(event, (counts.get(event) ?? 0) + times);
    },
    lines() {
      const lines: string[] = [];
      for (const element of ['node', 'edge'] as const) {
        const what = element === 'node' ? 'Parties (nodes)' : 'Relationships (edges)';
        if (mapped[element].size > 0) {
          lines.push(`${what}: read ${[...mapped[element]].map(([attribute, field]) => (attribute.toLowerCase() === field.toLowerCase() ? `"${attribute}"` : `"${attribute}" as ${field}`)).join(', ')}.`);
        }
        if (kept[element].size > 0) lines.push(`${what}: kept in the notes: ${quoteList(kept[element])}.`);
        if (dropped[element].size > 0) lines.push(`${what}: left out, as they only describe the other tool's drawing: ${quoteList(dropped[element])}.`);
      }
      for (const [event, times] of counts) {
        const one = times === 1;
        lines.push(
          event
            .replace('{n}', times.toLocaleString('en-US'))
            .replace('{s}', one ? '' : 's')
            .replace('{ies}', one ? 'y' : 'ies')
            .replace('{they were}', one ? 'it was' : 'they were')
            .replace('{were}', one ? 'was' : 'were'),
        );
      }
      return lines;
    },
  };
}
