// The dialogs the map opens (add a party or a relationship, confirm a delete, the shortcuts),
// one at a time, as the map's state says (mapDialogs.ts).
import type { NetworkGraph } from '../../../../shared/domain';
import type { Editor } from '../../hooks/useEditor';
import { AddPartyDialog } from '../dialogs/AddPartyDialog';
import { AddRelationshipDialog } from '../dialogs/AddRelationshipDialog';
import { ConfirmDeleteDialog } from '../dialogs/ConfirmDeleteDialog';
import { ShortcutHelp } from '../dialogs/ShortcutHelp';
import type { MapDialog } from './mapDialogs';

type Props = {
  dialog: MapDialog;
  graph: NetworkGraph;
  editor: Editor;
  typesInNetwork: readonly string[];
  singleKeys: boolean;
  onSingleKeys: (on: boolean) => void;
  onClose: () => void;
  on: {
    partyAdded: (partyId: string, at: { x: number; y: number }) => void;
    relationshipAdded: (relationshipId: string) => void;
    deleted: () => void;
  };
};

export function MapDialogs({ dialog, graph, editor, typesInNetwork, singleKeys, onSingleKeys, onClose, on }: Props) {
  switch (dialog?.kind) {
    case 'add-party':
      return <AddPartyDialog graph={graph} editor={editor} at={dialog.at} within={dialog.within} typesInNetwork={typesInNetwork} onClose={onClose} onAdded={on.partyAdded} />;
    case 'add-relationship':
      return <AddRelationshipDialog graph={graph} editor={editor} sourceId={dialog.sourceId} targetId={dialog.targetId} onClose={onClose} onAdded={on.relationshipAdded} />;
    case 'confirm-delete':
      return (
        <ConfirmDeleteDialog
          title={dialog.title}
          message={dialog.message}
          onClose={onClose}
          onConfirm={async () => {
            const result = await editor.perform(dialog.title.replace(/\?$/, ''), { kind: 'delete', partyIds: dialog.partyIds, relationshipIds: dialog.relationshipIds });
            if (!result.ok) return result.error.message;
            on.deleted();
            return null;
          }}
        />
      );
    case 'help':
      return <ShortcutHelp singleKeys={singleKeys} onSingleKeys={onSingleKeys} onClose={onClose} />;
    default:
      return null;
  }
}
