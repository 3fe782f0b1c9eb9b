// What the person can do to the open map from the toolbar, the map, the table, the side panel
// and the keyboard: add, delete, undo, find, open, arrange, move — each with the announcement or
// error that follows it — and the table of shortcuts that maps keys to those actions.
import type { Dispatch, SetStateAction } from 'react';
import { ApiError } from '../../../shared/api';
import type { PartyPosition } from '../../../shared/api';
import type { NetworkGraph, Party } from '../../../shared/domain';
import { deleteConfirmation } from '../core/editor/deleteMessage';
import type { Visible } from '../core/filters/filterPipeline';
import { layoutById } from '../core/layouts/layoutRegistry';
import type { LayoutId } from '../core/layouts/layoutRegistry';
import { getEmptySelection, isEmptySelection, selectParties } from '../core/selection/selection';
import type { Selection } from '../core/selection/selection';
import type { ShortcutAction } from '../core/shortcuts/shortcuts';
import type { EditResult, Editor } from './useEditor';
import type { useLayoutRunner } from './useLayoutRunner';
import type { WithdrawalAnalysis } from './useWithdrawalAnalysis';
import { focusSoon } from '../views/shell/focusSoon';
import type { MapCamera } from '../views/map/MapCanvas';
import type { MapDialog } from '../views/map/mapDialogs';
import { ANIMATE_MAX_NODES, GLIDE_MS } from '../views/map/controllers/ElementsController';

export type MapActionsInput = {
  graph: NetworkGraph;
  editor: Editor;
  layouts: ReturnType<typeof useLayoutRunner>;
  analysis: WithdrawalAnalysis;
  camera: { current: MapCamera | null };
  search: { current: HTMLInputElement | null };
  selection: Selection;
  setSelection: (selection: Selection) => void;
  visible: Visible;
  setDialog: (dialog: MapDialog) => void;
  announce: (text: string) => void;
  showPanel: () => void;
  connectMode: boolean;
  setConnectMode: Dispatch<SetStateAction<boolean>>;
  filtersOpen: boolean;
  setFiltersOpen: (open: boolean) => void;
  setFocusOn: Dispatch<SetStateAction<boolean>>;
  report: (result: EditResult | null, done: string) => void;
  onError: (error: ApiError) => void;
};

export function useMapActions(input: MapActionsInput) {
  const { graph, editor, layouts, analysis, camera: canvasRef, search: searchRef, selection, setSelection, visible, setDialog, report, onError } = input;
  const { connectMode, setConnectMode, filtersOpen, setFiltersOpen, setFocusOn } = input;
  const setAnnouncement = input.announce;
  const addParty = (at?: { x: number; y: number }) =>
    setDialog({ kind: 'add-party', at: at ?? canvasRef.current?.viewportCentre() ?? { x: 0, y: 0 }, within: canvasRef.current?.freeArea() ?? null });
  const addRelationship = (sourceId: string | null = selection.partyIds[0] ?? null, targetId: string | null = selection.partyIds[1] ?? null) =>
    graph.parties.length >= 2 && setDialog({ kind: 'add-relationship', sourceId, targetId });
  const askDelete = () => {
    if (isEmptySelection(selection)) return;
    setDialog({ kind: 'confirm-delete', ...deleteConfirmation(graph, selection), partyIds: [...selection.partyIds], relationshipIds: [...selection.relationshipIds] });
  };
  const undo = async () => report(await editor.undo(), `Undone: ${editor.undoLabel ?? ''}`);
  const redo = async () => report(await editor.redo(), `Redone: ${editor.redoLabel ?? ''}`);
  const goTo = (party: Party) => {
    setSelection(selectParties([party.id]));
    canvasRef.current?.zoomTo([party.id]);
    // Out of the search box, so Delete, W or Enter act on the party found, not on the text.
    canvasRef.current?.focus();
    setAnnouncement(`${party.name} selected`);
  };
  // Enter on a party, or its name in the table: its details, with the keyboard in its first field.
  const openParty = (partyId: string) => {
    setSelection(selectParties([partyId]));
    input.showPanel();
    if (analysis.panelOpen) analysis.closePanel();
    focusSoon('[data-testid="party-name"]');
  };
  const arrange = async (layoutId: LayoutId) => {
    const layout = layoutById(layoutId);
    try {
      const positions = await layouts.start(layoutId, graph);
      if (!positions) return;
      const result = await editor.perform(`Arrange (${layout.label})`, { kind: 'move', positions });
      report(result, `Arranged: ${layout.label}`);
      // After the glide into place (ElementsController animates small maps).
      window.setTimeout(() => canvasRef.current?.fit(), graph.parties.length <= ANIMATE_MAX_NODES ? GLIDE_MS : 0);
    } catch (error) {
      onError(new ApiError('internal', error instanceof Error ? error.message : String(error)));
    }
  };
  const moved = (positions: PartyPosition[]) =>
    void editor.perform(positions.length === 1 ? 'Move a party' : `Move ${positions.length} parties`, { kind: 'move', positions }).then((r) => report(r, ''));

  const onShortcut = (action: ShortcutAction) => {
    const handlers: Record<ShortcutAction, () => void> = {
      'add-party': () => addParty(),
      'add-relationship': () => addRelationship(),
      connect: () => setConnectMode((on) => !on),
      delete: askDelete,
      undo: () => void undo(),
      redo: () => void redo(),
      search: () => searchRef.current?.focus(),
      fit: () => canvasRef.current?.fit(),
      'zoom-selection': () => canvasRef.current?.zoomTo(selection.partyIds),
      focus: () => setFocusOn((on) => !on),
      'select-all': () => setSelection(selectParties([...visible.partyIds])),
      simulate: () => analysis.simulate(selection.partyIds),
      help: () => setDialog({ kind: 'help' }),
      // One thing per press, the nearest first; closing the analysis keeps the selection.
      escape: () => (connectMode ? setConnectMode(false) : filtersOpen ? setFiltersOpen(false) : analysis.panelOpen ? analysis.closePanel() : setSelection(getEmptySelection())),
    };
    handlers[action]();
  };

  return { addParty, addRelationship, askDelete, undo, redo, goTo, openParty, arrange, moved, onShortcut };
}
