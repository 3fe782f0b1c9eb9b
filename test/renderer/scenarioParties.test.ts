import { describe, expect, it } from 'vitest';
import { describeGone, scenarioParties } from '../../renderer/src/core/simulation/scenarioParties';

const parties = [{ id: 'ems', name: 'Harlan County EMS' }];

describe('who a saved scenario withdraws, by name', () => {
  it('names deleted parties by the name the scenario kept, never by id', () => {
    const some = scenarioParties({ withdrawn: ['gone-1', 'ems'], missingPartyIds: ['gone-1'], missingPartyNames: ['Lanternway Telepsychiatry'] }, parties);
    expect(some).toEqual({ names: ['Lanternway Telepsychiatry', 'Harlan County EMS'], gone: ['Lanternway Telepsychiatry'], allGone: false });
    expect(describeGone(some)).toBe('Lanternway Telepsychiatry no longer exists in this network. Opening it runs without that party.');
  });

  it('says when every party is gone, and names them', () => {
    const all = scenarioParties({ withdrawn: ['a', 'b'], missingPartyIds: ['a', 'b'], missingPartyNames: ['Clinic A', ''] }, parties);
    expect(all.allGone).toBe(true);
    expect(describeGone(all)).toBe(
      'All 2 parties it withdraws have been deleted from this network (Clinic A, a party deleted before its name was kept), so there is nothing left to simulate.',
    );
  });

  it('says nothing when every party is still there', () => {
    expect(describeGone(scenarioParties({ withdrawn: ['ems'], missingPartyIds: [], missingPartyNames: [] }, parties))).toBeNull();
  });
});
