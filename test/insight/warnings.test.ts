// Each warning on a network built to raise it, beside a near miss that must not.
import { describe, expect, it } from 'vitest';
import { findWarnings, WARNING_RULES } from '../../shared/insight';
import type { InsightNetwork, NetworkWarning } from '../../shared/insight';
import { WARNING_KINDS } from '../../shared/domain';
import { flows, network, relies, trusts } from './fixtures';

const TODAY = '2026-12-07';
const of = (net: InsightNetwork, kind: NetworkWarning['kind'], thresholds = {}) => findWarnings(net, { today: TODAY, thresholds }).filter((w) => w.kind === kind);

describe('heavy reliance with low trust', () => {
  it('fires when A relies on B at criticality 4+ and trusts B 2 or less', () => {
    const net = network(['a', 'b'], [relies('a', 'b', 'discharge placement', 4, 'none', 'rel'), trusts('a', 'b', 2, TODAY, 'tr')]);
    expect(of(net, 'heavy-reliance-low-trust')).toEqual([
      {
        key: 'heavy-reliance-low-trust:a>b',
        kind: 'heavy-reliance-low-trust',
        parties: ['a', 'b'],
        relationships: ['rel', 'tr'],
        message: 'A relies heavily on B for discharge placement (criticality 4 of 5) but trusts it only 2 of 5.',
      },
    ]);
  });

  it('does not fire for lighter reliance, higher trust, trust the other way round, or no rating', () => {
    expect(of(network(['a', 'b'], [relies('a', 'b', 'x', 3), trusts('a', 'b', 1)]), 'heavy-reliance-low-trust')).toEqual([]);
    expect(of(network(['a', 'b'], [relies('a', 'b', 'x', 5), trusts('a', 'b', 3)]), 'heavy-reliance-low-trust')).toEqual([]);
    expect(of(network(['a', 'b'], [relies('a', 'b', 'x', 5), trusts('b', 'a', 1)]), 'heavy-reliance-low-trust')).toEqual([]);
    expect(of(network(['a', 'b'], [relies('a', 'b', 'x', 5)]), 'heavy-reliance-low-trust')).toEqual([]);
  });

  it('moves with its thresholds', () => {
    const net = network(['a', 'b'], [relies('a', 'b', 'x', 3), trusts('a', 'b', 3)]);
    expect(of(net, 'heavy-reliance-low-trust', { heavyCriticality: 3, lowTrust: 3 })).toHaveLength(1);
  });
});

describe('one-sided trust', () => {
  it('fires when A trusts B 4+ and B trusts A 2 or less', () => {
    const [warning] = of(network(['a', 'b'], [trusts('a', 'b', 5, TODAY, 't1'), trusts('b', 'a', 2, TODAY, 't2')]), 'one-sided-trust');
    expect(warning).toMatchObject({ key: 'one-sided-trust:a>b', parties: ['a', 'b'], relationships: ['t1', 't2'] });
    expect(warning!.message).toBe('A trusts B 5 of 5, but B trusts A only 2 of 5.');
  });

  it('does not fire for mutual trust, middling trust, or no rating back', () => {
    expect(of(network(['a', 'b'], [trusts('a', 'b', 4), trusts('b', 'a', 4)]), 'one-sided-trust')).toEqual([]);
    expect(of(network(['a', 'b'], [trusts('a', 'b', 4), trusts('b', 'a', 3)]), 'one-sided-trust')).toEqual([]);
    expect(of(network(['a', 'b'], [trusts('a', 'b', 5)]), 'one-sided-trust')).toEqual([]);
  });
});

describe('competing interests', () => {
  const iop = { id: 'iop', interests: [{ topic: 'program participation', stance: 'wants more days per week attended' }, { topic: 'cost', stance: 'wants lower' }] };
  const clients = { id: 'clients', external: true, interests: [{ topic: 'Program  participation', stance: 'wants fewer days per week' }, { topic: 'cost', stance: 'Wants lower' }] };

  it('fires for linked parties with different stances on a topic, quoting both', () => {
    const [warning, ...rest] = of(network([iop, clients], [relies('clients', 'iop', 'group therapy', 5, 'none', 'rel')]), 'competing-interests');
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({ kind: 'competing-interests', parties: ['clients', 'iop'], relationships: ['rel'], quotes: ['wants fewer days per week', 'wants more days per week attended'] });
    expect(warning!.message).toBe(
      'CLIENTS and IOP want different things on Program  participation: CLIENTS “wants fewer days per week”, IOP “wants more days per week attended”. They work together: CLIENTS relies on IOP for group therapy.',
    );
  });

  it('does not fire for the same stance, unlinked parties, or parties linked by trust only', () => {
    // The same stance on cost in different capitals is agreement; unlinked and trust-only pairs are not raised.
    const agree = { ...clients, interests: [{ topic: 'cost', stance: 'wants lower' }] };
    expect(of(network([iop, agree], [flows('iop', 'clients', 'transport')]), 'competing-interests')).toEqual([]);
    expect(of(network([iop, clients], []), 'competing-interests')).toEqual([]);
    expect(of(network([iop, clients], [trusts('iop', 'clients', 3)]), 'competing-interests')).toEqual([]);
  });
});

describe('no redundancy', () => {
  it('fires for a patient, client or family group with one provider for a service or resource', () => {
    const net = network([{ id: 'clients', external: true }, 'transit'], [relies('clients', 'transit', 'rides to sessions', 4, 'limited', 'rel')]);
    expect(of(net, 'no-redundancy')).toEqual([
      {
        key: 'no-redundancy:clients:service:rides to sessions',
        kind: 'no-redundancy',
        parties: ['clients', 'transit'],
        relationships: ['rel'],
        message: 'CLIENTS: only TRANSIT provides rides to sessions.',
      },
    ]);
    const supplied = network([{ id: 'clients', external: true }, 'county'], [flows('county', 'clients', 'funding', 5, 'f1')]);
    expect(of(supplied, 'no-redundancy').map((w) => w.message)).toEqual(['CLIENTS: only COUNTY supplies funding.']);
  });

  it('does not fire with a second provider, ready substitutes, or for an internal party', () => {
    const two = network([{ id: 'clients', external: true }, 'transit', 'church'], [relies('clients', 'transit', 'rides'), relies('clients', 'church', 'Rides')]);
    expect(of(two, 'no-redundancy')).toEqual([]);
    expect(of(network([{ id: 'clients', external: true }, 'transit'], [relies('clients', 'transit', 'rides', 5, 'ready')]), 'no-redundancy')).toEqual([]);
    expect(of(network(['unit', 'transit'], [relies('unit', 'transit', 'rides', 5)]), 'no-redundancy')).toEqual([]);
  });
});

describe('no relationships', () => {
  it('fires for a party connected to nobody, and not for one with only a trust rating', () => {
    const net = network(['alone', 'a', 'b'], [trusts('a', 'b', 3)]);
    expect(of(net, 'no-relationships')).toEqual([
      {
        key: 'no-relationships:alone',
        kind: 'no-relationships',
        parties: ['alone'],
        relationships: [],
        message: 'ALONE has no relationships yet: add whom it relies on, supplies or trusts, or remove it if it is not part of this network.',
      },
    ]);
  });
});

describe('trust not assessed for too long', () => {
  it('fires for a rating older than the set time, or undated', () => {
    const net = network(['a', 'b'], [trusts('a', 'b', 3, '2025-12-01', 'old'), trusts('b', 'a', 4, null, 'undated'), trusts('a', 'b', 4, '2026-11-01', 'fresh')]);
    const warnings = of(net, 'stale-trust');
    expect(warnings.map((w) => w.relationships[0])).toEqual(['old', 'undated']);
    expect(warnings[0]!.message).toBe("A's trust in B (3 of 5) was last assessed on 2025-12-01, 371 days ago.");
    expect(warnings[1]!.message).toBe("B's trust in A (4 of 5) has no assessment date: ask again and record when.");
  });

  it('does not fire on the day the set time runs out, and follows the threshold', () => {
    const net = network(['a', 'b'], [trusts('a', 'b', 3, '2025-12-07')]);
    expect(of(net, 'stale-trust')).toEqual([]);
    expect(of(net, 'stale-trust', { staleAfterDays: 364 })).toHaveLength(1);
  });
});

describe('all warnings', () => {
  it('come kind by kind, each kind described, and thresholds are checked', () => {
    expect(Object.keys(WARNING_RULES)).toEqual([...WARNING_KINDS]);
    const net = network(['alone', { id: 'c', external: true }, 'p'], [relies('c', 'p', 'care', 5), trusts('c', 'p', 1, null)]);
    expect(findWarnings(net, { today: TODAY }).map((w) => w.kind)).toEqual(['heavy-reliance-low-trust', 'no-redundancy', 'no-relationships', 'stale-trust']);
    expect(() => findWarnings(net, { thresholds: { lowTrust: 9 } })).toThrow(/Low trust must be from 1 to 5/);
    expect(() => findWarnings(net, { today: 'yesterday' })).toThrow(/today must be a date/);
  });
});
