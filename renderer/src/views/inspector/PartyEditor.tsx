// The side panel for one party: every field, saved as soon as the person leaves a field or
// picks a choice; a failed save shows why and keeps the typing. Below: its relationships.
import { useEffect, useRef, useState } from 'react';
import type { NetworkGraph, Party } from '../../../../shared/domain';
import { NAME_MAX_LENGTH, SHORT_NAME_MAX_LENGTH } from '../../../../shared/domain';
import { partyRelationshipGroups } from '../../core/editor/describeRelationships';
import type { FieldErrors } from '../../core/errors/fieldIssues';
import { checkPartyDraft, partyDraftFrom, sameParty, withSide } from '../../core/forms/partyDraft';
import { mergeDrafts } from '../../core/forms/mergeDrafts';
import { mapLabels } from '../../core/graph/mapNames';
import type { PartyDraft, PartyDraftField } from '../../core/forms/partyDraft';
import type { Editor } from '../../hooks/useEditor';
import { Field } from '../forms/Field';
import { InterestsField } from '../forms/InterestsField';
import { LimitedInput } from '../forms/LimitedInput';
import { PartyTypeField } from '../forms/PartyTypeField';
import { NotesField } from '../forms/RelationshipFieldsForm';
import { SideField } from '../forms/SideField';
import { TagsField } from '../forms/TagsField';
import { ConflictChoice } from './ConflictChoice';
import type { Organisations } from '../../hooks/useOrganisations';
import { OrganisationSection } from './OrganisationSection';
import { RelationshipList } from './RelationshipList';
import { SaveFeedback } from './SaveFeedback';
import { CareLogSection } from '../history/CareLogSection';
import type { NetworkHistory } from '../../hooks/useNetworkHistory';
import type { SaveState } from './SaveFeedback';
import { isConflict } from './SaveFeedback';

type PartyEditorProps = {
  party: Party;
  graph: NetworkGraph;
  editor: Editor;
  typesInNetwork: readonly string[];
  tagsInNetwork: readonly string[];
  organisations: Organisations;
  onSelectParty: (partyId: string) => void;
  onSelectRelationship: (relationshipId: string) => void;
  onAddRelationship: (sourceId: string) => void;
  onDelete: () => void;
  onReload: () => void;
  history: NetworkHistory;
};

export function PartyEditor({ party, graph, editor, typesInNetwork, tagsInNetwork, history, organisations, ...actions }: PartyEditorProps) {
  const [draft, setDraft] = useState<PartyDraft>(() => partyDraftFrom(party));
  const [errors, setErrors] = useState<FieldErrors<PartyDraftField>>({});
  const [save, setSave] = useState<SaveState>({ phase: 'idle' });
  // After a refused save and "Reload the map": the version the person started from and the one
  // someone else saved, to set side by side with the typing (ConflictChoice).
  const [reloaded, setReloaded] = useState<{ base: PartyDraft; theirs: PartyDraft } | null>(null);
  const shown = useRef(party);

  // A saved or reloaded party replaces the draft only if the person has nothing unsaved in it.
  useEffect(() => {
    if (shown.current === party) return;
    const before = shown.current;
    shown.current = party;
    if (isConflict(save)) {
      setReloaded({ base: partyDraftFrom(before), theirs: partyDraftFrom(party) });
      setSave({ phase: 'idle' });
    } else setDraft((current) => (sameParty(current, before) ? partyDraftFrom(party) : current));
  }, [party, save]);

  const commit = async (next: PartyDraft = draft) => {
    if (sameParty(next, party)) return;
    const checked = checkPartyDraft(next, { x: party.x, y: party.y });
    if (!checked.ok) {
      setErrors(checked.errors);
      setSave({ phase: 'idle' });
      return;
    }
    setErrors({});
    setSave({ phase: 'saving' });
    const result = await editor.perform(`Edit “${checked.value.name}”`, { kind: 'update-parties', parties: [{ id: party.id, fields: checked.value }] });
    setSave(result.ok ? { phase: 'saved' } : { phase: 'failed', error: result.error });
  };

  const change = (patch: Partial<PartyDraft>, commitNow = false) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    if (save.phase === 'saved') setSave({ phase: 'idle' });
    // An error belongs to the value it was about; a new value clears it until it is checked again.
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([field]) => !(field in patch))));
    if (commitNow) void commit(next);
  };
  // After a conflict, leaving a field (to press "Reload the map") must not try the refused save
  // again: it would race the reload that brings the other person's version.
  const blur = () => {
    if (!isConflict(save)) void commit();
  };
  const shownOnMap = mapLabels(graph.parties).get(party.id)?.shortLabel;

  return (
    <section className="inspector__section" aria-labelledby="party-editor-title" data-testid="party-editor">
      <h2 id="party-editor-title" className="inspector__title" tabIndex={-1}>
        {party.name}
      </h2>
      <SaveFeedback state={save} onReload={actions.onReload} />
      {reloaded && (
        <ConflictChoice base={reloaded.base} mine={draft} theirs={reloaded.theirs}
          onSave={(keepMine) => { const next = mergeDrafts(reloaded.base, draft, reloaded.theirs, keepMine); setReloaded(null); setDraft(next); void commit(next); }}
          onUseTheirs={() => { setReloaded(null); setDraft(reloaded.theirs); }} />
      )}
      <form
        className="inspector__form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void commit();
        }}
      >
        <Field label="Name" error={errors.name} required>
          {(aria) => (
            <LimitedInput {...aria} value={draft.name} max={NAME_MAX_LENGTH} what="a name" data-testid="party-name" onValue={(name) => change({ name })} onBlur={blur} />
          )}
        </Field>
        <Field label="Short name on the map" error={errors.shortName} hint="Optional: a few words the map shows instead of a long name. The full name stays everywhere else.">
          {(aria) => (
            <LimitedInput {...aria} value={draft.shortName} max={SHORT_NAME_MAX_LENGTH} what="a short name" data-testid="party-short-name" placeholder={shownOnMap && shownOnMap !== party.name ? `Now: ${shownOnMap}` : undefined}
              onValue={(shortName) => change({ shortName })} onBlur={blur} />
          )}
        </Field>
        <SideField value={draft.side} onChange={(side) => { const next = withSide(draft, side); setDraft(next); void commit(next); }} />
        <PartyTypeField key={draft.side} side={draft.side} value={draft.type} typesInNetwork={typesInNetwork} error={errors.type} onChange={(type, now) => change({ type }, now)} onBlur={blur} />
        <TagsField tags={draft.tags} suggestions={tagsInNetwork} error={errors.tags} onChange={(tags) => change({ tags }, true)} />
        <InterestsField interests={draft.interests} error={errors.interests} onChange={(interests, now) => change({ interests }, now)} onBlur={blur} />
        <NotesField value={draft.notes} error={errors.notes} onChange={(notes) => change({ notes })} onBlur={blur} testId="party-notes" />
        <div className="inspector__actions">
          <button type="submit" className="button button--primary button--small" disabled={sameParty(draft, party)}>
            Save
          </button>
          <button type="button" className="button button--small" disabled={sameParty(draft, party)} onClick={() => { setDraft(partyDraftFrom(party)); setErrors({}); setSave({ phase: 'idle' }); }}>
            Discard changes
          </button>
        </div>
      </form>

      <OrganisationSection party={party} graph={graph} organisations={organisations} onSelectParty={actions.onSelectParty} />
      <div className="inspector__subsection">
        <div className="inspector__subheader">
          <h3>Relationships</h3>
          <button type="button" className="button button--small" data-testid="add-relationship-from" onClick={() => actions.onAddRelationship(party.id)}>
            Add relationship
          </button>
        </div>
        <RelationshipList groups={partyRelationshipGroups(graph, party.id)} onSelect={actions.onSelectRelationship} />
      </div>
      <CareLogSection scope={{ kind: 'party', id: party.id }} graph={graph} history={history} />
      <div className="inspector__danger">
        <button type="button" className="button button--danger button--small" data-testid="delete-party" onClick={actions.onDelete}>
          Delete party…
        </button>
      </div>
    </section>
  );
}
