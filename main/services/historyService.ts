// Relationships over time (issue 12): the care log and trust history of a network. A touchpoint
// is logged on a party or a relationship that must still be there; an assessment is recorded on
// a trust relationship at the version the person saw.
import { ApiError } from '../../shared/api';
import type { NetworkHistory } from '../../shared/api';
import type { CareLogEntry, CareLogFields, CareLogSubject, TrustAssessmentFields } from '../../shared/domain';
import * as careLog from '../repository/careLog';
import { readTx } from '../database/store';
import * as trust from '../repository/trustHistory';
import type { ServiceContext } from './context';

export function createHistoryService(ctx: ServiceContext) {
  return {
    get(networkId: string): Promise<NetworkHistory> {
      return readTx(ctx.db.store(), async (tx) => {
        // A network that is gone says so, rather than answering with an empty history.
        const found = await tx.run('MATCH (n:Network {id: $networkId}) RETURN n.id', { networkId });
        if (found.records.length === 0) throw new ApiError('not_found', 'That network no longer exists. It may have been deleted; pick another from the list.');
        return { careLog: await careLog.loadCareLog(tx, networkId), trustAssessments: await trust.loadTrustAssessments(tx, networkId) };
      });
    },
    addEntry(networkId: string, subject: CareLogSubject, fields: CareLogFields): Promise<CareLogEntry> {
      return careLog.addCareLogEntry(ctx.db.store(), networkId, ctx.newId(), subject, fields, ctx.now());
    },
    updateEntry(networkId: string, id: string, version: number, fields: CareLogFields): Promise<CareLogEntry> {
      return careLog.updateCareLogEntry(ctx.db.store(), networkId, id, version, fields, ctx.now());
    },
    deleteEntry(networkId: string, id: string, version: number): Promise<void> {
      return careLog.deleteCareLogEntry(ctx.db.store(), networkId, id, version);
    },
    recordAssessment(networkId: string, relationshipId: string, version: number, fields: TrustAssessmentFields) {
      return trust.recordAssessment(ctx.db.store(), networkId, relationshipId, version, fields, ctx.now());
    },
    deleteAssessment(networkId: string, id: string): Promise<void> {
      return trust.deleteTrustAssessment(ctx.db.store(), networkId, id);
    },
  };
}
export type HistoryService = ReturnType<typeof createHistoryService>;
