// Writes a checked survey round (issue 12) in one transaction: each answer is recorded as an
// assessment of its trust relationship (trustHistory.ts decides current or earlier), a first
// rating creates the relationship, and each comment is logged as a "survey" touchpoint on it.
import type { SurveyAnswer } from '../../shared/survey/surveyRound';
import { createCareLogEntries } from './careLog';
import { toInt } from './records';
import { touchNetwork } from './touchNetwork';
import { recordAssessments } from './trustHistory';
import { writeTx } from '../database/store';
import type { Store } from '../database/store';

export async function writeSurveyRound(store: Store, networkId: string, answers: readonly SurveyAnswer[], newId: () => string, now: string): Promise<void> {
  await writeTx(store, async (tx) => {
    const existing = answers.filter((answer) => answer.relationshipId !== null);
    await recordAssessments(tx, networkId, existing.map((answer) => ({ relationshipId: answer.relationshipId!, fields: answer.fields })), now);
    const created = answers.filter((answer) => answer.relationshipId === null).map((answer) => ({ answer, id: newId() }));
    if (created.length > 0) {
      await tx.run(
        `UNWIND $rows AS row
         MATCH (a:Party {networkId: $networkId, id: row.source}) USING INDEX a:Party(networkId, id)
         MATCH (b:Party {networkId: $networkId, id: row.target}) USING INDEX b:Party(networkId, id)
         CREATE (a)-[r:TRUSTS {id: row.id, networkId: $networkId, version: $version, createdAt: $now, updatedAt: $now}]->(b)
         SET r += row.props`,
        {
          networkId,
          now,
          version: toInt(0),
          rows: created.map(({ answer, id }) => {
            const { level, reliability, missionSupport, openness, assessedOn, assessedBy } = answer.fields;
            const score = (value: number | null) => (value === null ? null : toInt(value));
            return { id, source: answer.respondentId, target: answer.partnerId, props: { level, reliability: score(reliability), missionSupport: score(missionSupport), openness: score(openness), assessedAt: assessedOn, assessedBy, notes: '' } };
          }),
        },
      );
    }
    const relationshipOf = new Map(created.map(({ answer, id }) => [answer, id]));
    const comments = answers.filter((answer) => answer.comments !== '');
    await createCareLogEntries(
      tx,
      networkId,
      comments.map((answer) => ({
        id: newId(),
        subject: { kind: 'relationship' as const, id: answer.relationshipId ?? relationshipOf.get(answer)! },
        partyIds: [answer.respondentId, answer.partnerId],
        fields: { on: answer.fields.assessedOn, kind: 'survey' as const, note: answer.comments, owner: answer.owner },
        createdAt: now,
      })),
      now,
    );
    await touchNetwork(tx, networkId, now);
  });
}
