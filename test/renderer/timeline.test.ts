// Relationships over time, the pure parts (issue 12): trust history in date order and as of a
// day, its trend (the insight warnings read trustTrends), the network projected to a day, the
// timeline's span, the care log's rows and search, and a simulation question in words.
import { describe, expect, it } from 'vitest';
import type { CareLogEntry, NetworkGraph, Relationship, TrustAssessment } from '../../shared/domain';
import { trustAsOf, trustHistoryOf, trustTrend, trustTrends } from '../../shared/timeline';
import { careLogRows, searchCareLog } from '../../renderer/src/core/history/careLogView';
import { describeScenarioQuestion, questionHeadline, suggestedScenarioName } from '../../renderer/src/core/simulation/describeQuestion';
import { countAsOf, graphAsOf } from '../../renderer/src/core/timeline/graphAsOf';
import { networkDays, timelineRange } from '../../renderer/src/core/timeline/timelineRange';

const at = '2026-01-01T00:00:00.000Z';
const meta = { networkId: 'n', version: 1, createdAt: at, updatedAt: at };
const party = (id: string, name: string) => ({ ...meta, id, name, shortName: '', side: 'internal' as const, type: 'other', tags: [], notes: '', interests: [], x: 0, y: 0, partOf: null });
const trust: Extract<Relationship, { kind: 'TRUSTS' }> = { ...meta, id: 't1', kind: 'TRUSTS', source: 'a', target: 'b', level: 2, reliability: 2, missionSupport: 2, openness: 2, assessedAt: '2026-03-01', assessedBy: 'CEO', notes: '' };
const reliance: Relationship = { ...meta, id: 'r1', kind: 'RELIES_ON', source: 'a', target: 'b', service: 'transport', criticality: 4, substitutability: 'none', startsOn: '2025-01-01', endsOn: '2026-06-30', renews: false, notes: '' };
const earlier = (assessedOn: string | null, level: number): TrustAssessment => ({ id: `t1@${assessedOn ?? 'undated'}`, networkId: 'n', relationshipId: 't1', source: 'a', target: 'b', level, reliability: null, missionSupport: null, openness: null, assessedOn, assessedBy: '', recordedAt: at });
const graph: NetworkGraph = { network: { id: 'n', name: 'N', description: '', version: 0, createdAt: at, updatedAt: at }, parties: [party('a', 'Alpha'), party('b', 'Beta')], relationships: [trust, reliance] };
const history = [earlier('2025-06-01', 4), earlier(null, 5), earlier('2025-11-01', 3)];

describe('trust over time', () => {
  it('lists every assessment oldest first, the undated before the dated and the current last', () => {
    expect(trustHistoryOf(trust, history).map((point) => [point.assessedOn, point.level, point.current])).toEqual([
      [null, 5, false],
      ['2025-06-01', 4, false],
      ['2025-11-01', 3, false],
      ['2026-03-01', 2, true],
    ]);
  });

  it.each([
    ['2025-01-01', 5],
    ['2025-06-01', 4],
    ['2025-12-31', 3],
    ['2027-01-01', 2],
  ])('as of %s the level in force is %s', (day, level) => {
    expect(trustAsOf(trustHistoryOf(trust, history), day)?.level).toBe(level);
  });

  it('says a trend falls when the latest is half a point or more below the one before', () => {
    expect(trustTrend(trustHistoryOf(trust, history))).toMatchObject({ change: -1, direction: 'falling', falling: true, assessments: 4 });
    expect(trustTrend(trustHistoryOf({ ...trust, level: 2.67 }, [earlier('2025-11-01', 3)]))).toMatchObject({ change: -0.33, direction: 'steady', falling: false });
    expect(trustTrend(trustHistoryOf(trust, []))).toMatchObject({ direction: 'first', previous: null, change: 0 });
    const trends = trustTrends(graph.relationships, history);
    expect([...trends.keys()]).toEqual(['t1']);
    expect(trends.get('t1')?.falling).toBe(true);
  });
});

describe('the network as of a day', () => {
  it('dims what is not in effect and shows trust as assessed then, giving the same graph when nothing differs', () => {
    const before = graphAsOf(graph, '2024-06-01', history);
    expect([...before.dimmed]).toEqual(['r1']);
    expect(before.graph.relationships[0]).toMatchObject({ level: 5, assessedAt: null });
    const during = graphAsOf(graph, '2026-04-01', history);
    expect(during.graph).toBe(graph);
    expect([...during.dimmed]).toEqual([]);
    expect([...graphAsOf(graph, '2026-07-01', []).dimmed].sort()).toEqual(['r1']);
    expect([...graphAsOf(graph, '2026-02-01', []).dimmed]).toEqual(['t1']);
    expect(countAsOf(graph, '2026-07-01')).toEqual({ ended: 1, notStarted: 0 });
    expect(countAsOf(graph, '2024-07-01')).toEqual({ ended: 0, notStarted: 1 });
  });

  it('spans the network’s dates and today with a month either side, a year at least', () => {
    expect(timelineRange(networkDays(graph.relationships, history, []), '2026-12-07')).toEqual({ first: '2024-12-01', last: '2027-01-07', days: 767 });
    expect(timelineRange([], '2026-12-07')).toEqual({ first: '2026-06-08', last: '2027-06-08', days: 365 });
  });
});

describe('the care log as the side panel shows it', () => {
  const entry = (id: string, on: string, subject: CareLogEntry['subject'], note: string): CareLogEntry => ({ ...meta, id, on, subject, kind: 'meeting', note, owner: 'Dana' });
  const entries = [
    entry('e1', '2026-01-10', { kind: 'party', id: 'a' }, 'Budget talk'),
    entry('e2', '2026-03-02', { kind: 'relationship', id: 'r1' }, 'Rides renewed'),
    entry('e3', '2026-02-01', { kind: 'party', id: 'b' }, 'Intro call'),
    entry('e4', '2026-04-01', { kind: 'party', id: 'gone' }, 'A deleted party'),
  ];

  it('lists a party’s own entries and its relationships’, newest first, and leaves out what is gone', () => {
    expect(careLogRows(entries, { kind: 'party', id: 'a' }, graph).map((row) => [row.entry.id, row.about])).toEqual([
      ['e2', 'Alpha → Beta'],
      ['e1', 'Alpha'],
    ]);
    expect(careLogRows(entries, { kind: 'relationship', id: 'r1' }, graph).map((row) => row.entry.id)).toEqual(['e2']);
    expect(careLogRows(entries, { kind: 'network' }, graph).map((row) => row.entry.id)).toEqual(['e2', 'e3', 'e1']);
  });

  it('finds entries holding every word of the search, in any field', () => {
    const rows = careLogRows(entries, { kind: 'network' }, graph);
    expect(searchCareLog(rows, 'rides').map((row) => row.entry.id)).toEqual(['e2']);
    expect(searchCareLog(rows, 'dana beta').map((row) => row.entry.id)).toEqual(['e2', 'e3']);
    expect(searchCareLog(rows, 'meeting 2026-01').map((row) => row.entry.id)).toEqual(['e1']);
  });
});

describe('a simulation question in words', () => {
  it.each([
    [{ partyNames: ['County Transit'], ended: 0, endsBefore: null }, 'If County Transit withdraws', 'Withdrawal of County Transit'],
    [{ partyNames: [], ended: 0, endsBefore: '2027-06-30' }, 'If the agreements ending before 30 June 2027 are not renewed', 'Agreements ending before 30 June 2027'],
    [{ partyNames: [], ended: 1, endsBefore: null }, 'If 1 agreement ends', 'End of 1 agreement'],
    [{ partyNames: ['A', 'B'], ended: 2, endsBefore: '2027-06-30' }, 'If A and B withdraw and the agreements ending before 30 June 2027 are not renewed and 2 more agreements end', 'Withdrawal of A and B, agreements ending before 30 June 2027, end of 2 agreements'],
  ])('%o', (asked, headline, name) => {
    expect(questionHeadline(asked)).toBe(headline);
    expect(suggestedScenarioName(asked)).toBe(name);
  });

  it('describes a saved scenario', () => {
    expect(describeScenarioQuestion({ withdrawn: [], withdrawnRelationships: ['r1'], endsBefore: '2027-06-30' }, (id) => id)).toBe('Ends 1 agreement · agreements ending before 30 June 2027 are not renewed');
  });
});
