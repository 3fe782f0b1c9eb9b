// What the legend over the canvas shows, derived from the same theme and render mode as the
// stylesheet, so the two cannot disagree.
import { PARTY_SIDES, RELATIONSHIP_KIND_LABELS } from '../../../../shared/domain';
import type { Party, PartySide, RelationshipKind } from '../../../../shared/domain';
import { PARTY_SIDE_EXAMPLES, PARTY_SIDE_LABELS } from '../parties/partyLabels';
import { edgeLooks } from './buildStylesheet';
import { iconDataUri, iconForType } from './partyTypeIcons';
import type { PartyIconId } from './partyTypeIcons';
import { DEFAULT_RENDER_MODE } from './renderMode';
import type { RenderMode } from './renderMode';
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
  // More than one width: the kind's width carries meaning (criticality, amount), low to high.
  widths: number[];
  arrow: 'triangle' | 'vee';
  note: string | null;
};

export type TrustLegendStep = { band: TrustBand; color: string };

// One row per party type on the map: the icon exactly as the node draws it.
export type TypeLegendItem = { icon: PartyIconId; types: string[]; src: string };

export type Legend = {
  parties: PartyLegendItem[];
  edges: EdgeLegendItem[];
  trustSteps: TrustLegendStep[];
  types: TypeLegendItem[];
};

function typeItems(parties: readonly Pick<Party, 'type' | 'side'>[], theme: GraphTheme): TypeLegendItem[] {
  const byIcon = new Map<PartyIconId, Set<string>>();
  for (const party of parties) {
    const icon = iconForType(party.type);
    const types = byIcon.get(icon) ?? new Set<string>();
    types.add(party.type);
    byIcon.set(icon, types);
  }
  return [...byIcon.entries()]
    .map(([icon, types]) => ({ icon, types: [...types].sort((a, b) => a.localeCompare(b)), src: iconDataUri(icon, theme.text) }))
    .sort((a, b) => (a.types[0] ?? '').localeCompare(b.types[0] ?? ''));
}

export function buildLegend(
  theme: GraphTheme = GRAPH_THEME,
  mode: Pick<RenderMode, 'webgl'> = DEFAULT_RENDER_MODE,
  parties: readonly Pick<Party, 'type' | 'side'>[] = [],
): Legend {
  const looks = edgeLooks(theme, mode);
  const flow = theme.resourceFlow;
  return {
    parties: PARTY_SIDES.map((side) => {
      const look = theme.sides[side];
      return { side, label: PARTY_SIDE_LABELS[side], examples: PARTY_SIDE_EXAMPLES[side], shape: look.shape, fill: look.fill, border: look.border };
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
        color: looks.flowColor,
        dashed: looks.flowDashed,
        widths: [flow.minWidth * looks.flowWidthScale, flow.maxWidth * looks.flowWidthScale],
        arrow: 'triangle',
        note: looks.flowDashed
          ? 'thicker = larger amount; labelled with the resource'
          : 'thin green line (dashes are off on very large maps); thicker = larger amount',
      },
      {
        kind: 'TRUSTS',
        label: RELATIONSHIP_KIND_LABELS.TRUSTS,
        meaning: 'A → B means A trusts B',
        color: theme.trust.colors[3],
        dashed: false,
        widths: [theme.trust.width],
        arrow: looks.trustArrow,
        note: looks.flowDashed ? 'thicker = more trust; dotted = low trust (1–2)' : 'thicker = more trust',
      },
    ],
    trustSteps: TRUST_BANDS.map((band) => ({ band, color: theme.trust.colors[band] })),
    types: typeItems(parties, theme),
  };
}
