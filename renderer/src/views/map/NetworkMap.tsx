// The map of the open network: its one owner (MapCanvas) and the renderless controllers that
// each connect one part of the app's state to the drawing, in the order they must act on a new
// drawing (labels before elements, so elements are styled once; elements before what classes
// them). Whatever else needs the drawing (the diagram export) comes in as children.
import type { ReactNode, Ref, RefObject } from 'react';
import type { PartyPosition } from '../../../../shared/api';
import type { NetworkGraph } from '../../../../shared/domain';
import type { Focus } from '../../core/filters/focus';
import type { MembershipChange } from '../../core/history/operations';
import type { CollapsedOrganisations } from '../../core/organisations/collapsedOrganisations';
import type { Visible } from '../../core/filters/filterPipeline';
import type { Selection } from '../../core/selection/selection';
import type { Decorations } from '../../core/simulation/mapDecorations';
import type { ChainView } from '../../core/simulation/simulationView';
import { DetailTierController } from './controllers/DetailTierController';
import { EdgeDrawingController } from './controllers/EdgeDrawingController';
import { ElementsController } from './controllers/ElementsController';
import { EventsController } from './controllers/EventsController';
import { InsightLayerController } from './controllers/InsightLayerController';
import type { InsightDecoration } from '../../core/insight/insightDecorations';
import { KeyboardController } from './controllers/KeyboardController';
import type { PartyMenuRequest } from './controllers/EventsController';
import { LabelsController } from './controllers/LabelsController';
import { SelectionController } from './controllers/SelectionController';
import { SimulationLayerController } from './controllers/SimulationLayerController';
import { TestProbeController } from './controllers/TestProbeController';
import { VisibilityController } from './controllers/VisibilityController';
import { MapCanvas } from './MapCanvas';
import { MapTooltip } from './MapTooltip';
import type { MapCamera } from './MapCanvas';

type Props = {
  graph: NetworkGraph;
  // Organisations drawn as one box (core/graph/organisationProjection.ts).
  collapsed: CollapsedOrganisations;
  visible: Visible;
  focus: Focus | null;
  selection: Selection;
  webgl: boolean;
  large: boolean;
  connectMode: boolean;
  // The withdrawal simulation's layer and its highlighted chain (pure data, see mapDecorations).
  decorations: Decorations;
  chain: ChainView | null;
  // The timeline's relationships not in effect on the day shown, faded in the overview too.
  dimmed: ReadonlySet<string> | null;
  // Network insight's layer: badges and sizes (pure data, see insightDecorations).
  insightDecorations: ReadonlyMap<string, InsightDecoration>;
  keepClearOf: RefObject<HTMLElement | null>;
  summary: string;
  on: {
    selectionChange: (selection: Selection) => void;
    partiesMoved: (positions: PartyPosition[]) => void;
    connect: (sourcePartyId: string, targetPartyId: string) => void;
    backgroundDoubleTap: (position: { x: number; y: number }) => void;
    partyMenu: (menu: PartyMenuRequest) => void;
    membershipDrop: (changes: MembershipChange[]) => void;
    toggleOrganisation: (organisationId: string) => void;
    /** Enter on a party: open it in the side panel. */
    openParty: (partyId: string) => void;
    announce: (text: string) => void;
  };
  ref?: Ref<MapCamera>;
  children?: ReactNode;
};

export function NetworkMap({ graph, collapsed, visible, focus, selection, webgl, large, connectMode, decorations, chain, dimmed, insightDecorations, keepClearOf, summary, on, ref, children }: Props) {
  return (
    <MapCanvas ref={ref} graph={graph} collapsed={collapsed} visible={visible} webgl={webgl} large={large} keepClearOf={keepClearOf} summary={summary}>
      <LabelsController />
      <ElementsController />
      <DetailTierController visible={visible} focus={focus} decorations={decorations} dimmed={dimmed} insight={insightDecorations} />
      <VisibilityController visible={visible} focus={focus} />
      <SelectionController selection={selection} onChange={on.selectionChange} />
      <EventsController
        onPartiesMoved={on.partiesMoved}
        onBackgroundDoubleTap={on.backgroundDoubleTap}
        onPartyMenu={on.partyMenu}
        onMembershipDrop={on.membershipDrop}
        onToggleOrganisation={on.toggleOrganisation}
      />
      <EdgeDrawingController on={connectMode} onConnect={on.connect} />
      <KeyboardController shownPartyIds={visible.partyIds} selection={selection}
        on={{ select: on.selectionChange, move: on.partiesMoved, open: on.openParty, menu: on.partyMenu, announce: on.announce }} />
      <SimulationLayerController decorations={decorations} chain={chain} />
      <InsightLayerController decorations={insightDecorations} />
      <TestProbeController visible={visible} decorations={decorations} />
      <MapTooltip />
      {children}
    </MapCanvas>
  );
}
