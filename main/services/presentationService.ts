// Presentations of a network (issue 15): list, save, update (name, slides or both) and delete.
// Slides are checked against the network's saved views and scenarios before anything is written,
// so a presentation never points at something the network does not have.
import { ApiError } from '../../shared/api';
import { slideReferenceProblems } from '../../shared/domain';
import type { Presentation, Slide } from '../../shared/domain';
import { createRecord, deleteRecord, listRecords, updateRecord } from '../repository/namedRecords';
import { PRESENTATION_RECORDS, toPresentation } from '../repository/presentations';
import { VIEW_RECORDS } from '../repository/savedViews';
import { listScenarios } from '../repository/scenarios';
import type { ServiceContext } from './context';

export function createPresentationService(ctx: ServiceContext) {
  const checkSlides = async (networkId: string, slides: readonly Slide[]) => {
    const store = ctx.db.store();
    const views = new Set((await listRecords(store, VIEW_RECORDS, networkId)).map((view) => view.id));
    const scenarios = new Set((await listScenarios(store, networkId)).map((scenario) => scenario.id));
    const problems = slideReferenceProblems(slides, views, scenarios);
    if (problems.length > 0) throw new ApiError('invalid_request', `The presentation was not saved. ${problems.join(' ')}`);
  };
  return {
    async list(networkId: string): Promise<Presentation[]> {
      return (await listRecords(ctx.db.store(), PRESENTATION_RECORDS, networkId)).map(toPresentation);
    },
    async save(networkId: string, name: string, slides: Slide[]): Promise<Presentation> {
      await checkSlides(networkId, slides);
      return toPresentation(await createRecord(ctx.db.store(), PRESENTATION_RECORDS, { id: ctx.newId(), networkId, name, body: slides }, ctx.now()));
    },
    async update(networkId: string, ref: { id: string; version: number }, change: { name?: string | undefined; slides?: Slide[] | undefined }): Promise<Presentation> {
      const body = change.slides;
      if (body !== undefined) await checkSlides(networkId, body);
      const edit = { ...(change.name !== undefined ? { name: change.name } : {}), ...(body !== undefined ? { body } : {}) };
      return toPresentation(await updateRecord(ctx.db.store(), PRESENTATION_RECORDS, networkId, ref, edit, ctx.now()));
    },
    delete(networkId: string, ref: { id: string; version: number }): Promise<void> {
      return deleteRecord(ctx.db.store(), PRESENTATION_RECORDS, networkId, ref);
    },
  };
}
export type PresentationService = ReturnType<typeof createPresentationService>;
