// What the legend over the canvas shows, derived from the same theme as the stylesheet.
import { PARTY_SIDES, RELATIONSHIP_KIND_LABELS } from '../../../../shared/domain';
import type { PartySide, RelationshipKind } from '../../../../shared/domain';
import { PARTY_SIDE_EXAMPLES, PARTY_SIDE_LABELS } from '../parties/partyLabels';
import { GRAPH_THEME, TRUST_BANDS } from './theme';
import type { GraphTheme, PartyNodeShape, TrustBand } from './theme';

export type PartyLegendItem = {
  side: PartySide;
  label: string;
  examples: string;
  shape: PartyNodeShape;
  fill: string;
  border: string;
};

export type EdgeLegendItem = {
  kind: RelationshipKind;
  label: string;
  meaning: string;
  color: string;
  dashed: boolean;
  // More than one width: the kind's width carries meaning (criticality), shown low to high.
  widths: number[];
  arrow: 'triangle' | 'vee';
  note: string | null;
};

export type TrustLegendStep = { band: TrustBand; color: string };

export type Legend = {
  parties: PartyLegendItem[];
  edges: EdgeLegendItem[];
  trustSteps: TrustLegendStep[];
};

export function buildLegend(theme: GraphTheme = GRAPH_THEME): Legend {
  return {
    parties: PARTY_SIDES.map((side) => {
      const look = theme.sides[side];
      return {
        side,
        label: PARTY_SIDE_LABELS[side],
        examples: PARTY_SIDE_EXAMPLES[side],
        shape: look.shape, fill: look.fill, border: look.border };
    }),
    edges: [
      {
        kind: 'RELIES_ON',
        label: RELATIONSHIP_KIND_LABELS.RELIES_ON,
        meaning: 'A → B means A relies on B',
        color: theme.reliance.color,
        dashed: false,
        widths: [theme.reliance.minWidth, theme.reliance.maxWidth],
        arrow: 'triangle',
        note: 'thicker = more critical',
      },
      {
        kind: 'RESOURCE_FLOW',
        label: RELATIONSHIP_KIND_LABELS.RESOURCE_FLOW,
        meaning: 'A → B means A provides to B',
        color: theme.resourceFlow.color,
        dashed: true,
        widths: [theme.resourceFlow.width],
        arrow: 'triangle',
        note: 'labelled with the resource',
      },
      {
        kind: 'TRUSTS',
        label: RELATIONSHIP_KIND_LABELS.TRUSTS,
        meaning: 'A → B means A trusts B',
        color: theme.trust.colors[3],
        dashed: false,
        widths: [theme.trust.width],
        arrow: 'vee',
        note: null,
      },
    ],
    trustSteps: TRUST_BANDS.map((band) => ({ band, color: theme.trust.colors[band] })),
  };
}
