// Network insight for the open map: the insight worker fed every revision of the network, its
// report (metrics, scores, warnings) and the harm ranking that follows, scores of what the
// filters show and of a saved scenario's before and after, the stored thresholds and dismissals,
// and the map layer (badges, node size) as data.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Scenario } from '../../../shared/domain';
import { withHarm } from '../../../shared/insight';
import type { InsightNetwork, NetworkWarning, PartyInsight } from '../../../shared/insight';
import type { Visible } from '../core/filters/filterPipeline';
import { insightDecorations, sameDecorations } from '../core/insight/insightDecorations';
import type { InsightDecoration } from '../core/insight/insightDecorations';
import { getEmptyInsightState, insightActions } from '../core/insight/insightState';
import type { InsightState, SizeBy } from '../core/insight/insightState';
import { sameInsightNetwork, toInsightNetwork } from '../core/insight/toInsightNetwork';
import type { NetworkGraph } from '../../../shared/domain';
import { InsightClient } from '../workers/insightClient';
import { CancelledError } from '../workers/simulationClient';
import { useInsightSettings } from './useInsightSettings';
import type { InsightSettingsState } from './useInsightSettings';

// Up to this size the harm ranking follows every edit by itself (well under a second); above it,
// it runs when asked, since it simulates every party's withdrawal. Above it too, a report still
// being computed for an older revision is abandoned (its worker stopped) rather than finished.
export const AUTO_HARM_MAX_PARTIES = 2_000;

export type Insight = {
  state: InsightState;
  settings: InsightSettingsState;
  network: InsightNetwork;
  /** Every party's metrics, with harm once the ranking is in. */
  parties: readonly PartyInsight[] | null;
  active: readonly NetworkWarning[];
  decorations: ReadonlyMap<string, InsightDecoration>;
  /** Nothing is computed until insight is first looked at (the dashboard calls this). */
  activate: () => void;
  /** When the network last changed (performance.now()), to time the dashboard's redraw. */
  changedAt: () => number;
  runHarm: () => void;
  cancelHarm: () => void;
  chooseScenario: (scenario: Scenario | null) => void;
  setBadges: (on: boolean) => void;
  setSizeBy: (sizeBy: SizeBy) => void;
};

const today = () => new Date().toISOString().slice(0, 10);
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function useInsight(graph: NetworkGraph, visible: Visible, filtersOn: boolean): Insight {
  const settings = useInsightSettings(graph.network.id);
  const [state, setState] = useState(getEmptyInsightState);
  // Two workers: the report and scores in one, never stopped, so a redraw never waits; the harm
  // ranking (seconds on a large network) in the other, stopped and started again at will.
  const [client] = useState(() => new InsightClient());
  const [ranker] = useState(() => new InsightClient());
  const [scenario, setScenario] = useState<Scenario | null>(null);
  const [looking, setLooking] = useState(false);
  const reportsPending = useRef(0);
  const previous = useRef<InsightNetwork | null>(null);
  // The ranking running now (0: none), and whether the network on show still wants one by itself.
  const harmRun = useRef(0);
  const harmWanted = useRef(false);
  const changedAt = useRef(0);
  const network = useMemo(() => {
    const next = toInsightNetwork(graph);
    return previous.current && sameInsightNetwork(previous.current, next) ? previous.current : next;
  }, [graph]);
  useEffect(
    () => () => {
      client.dispose();
      ranker.dispose();
    },
    [client, ranker],
  );

  const runHarm = useCallback(async () => {
    const run = harmRun.current + 1;
    harmRun.current = run;
    setState(insightActions.harmStarted);
    try {
      // The ranking worker gets the network only when a ranking is asked for.
      ranker.ensureLoaded(previous.current!);
      const reply = await ranker.ask<'ranked'>({ type: 'harm' }, (done, total) => setState((s) => insightActions.harmProgressed(s, done, total)));
      setState((s) => insightActions.harmRanked(s, reply.ranking));
    } catch (error) {
      if (!(error instanceof CancelledError)) setState((s) => insightActions.harmFailed(s, message(error)));
    } finally {
      if (harmRun.current === run) harmRun.current = 0;
    }
  }, [ranker]);

  // A new revision: stop a ranking of the old one and hand over the new one. A small network is
  // ranked again once its report is in, so the two workers do not compete for the processor
  // while the dashboard is being redrawn.
  useEffect(() => {
    previous.current = network;
    if (!looking) return;
    changedAt.current = performance.now();
    if (harmRun.current !== 0) ranker.stop();
    if (reportsPending.current > 0 && network.parties.length > AUTO_HARM_MAX_PARTIES) client.stop();
    client.load(network);
    setState(insightActions.networkChanged);
    harmWanted.current = network.parties.length <= AUTO_HARM_MAX_PARTIES;
  }, [client, ranker, network, looking]);

  const { thresholds } = settings;
  const askReport = useCallback(() => {
    reportsPending.current++;
    client
      .ask<'reported'>({ type: 'report', thresholds, today: today() })
      .then(
        (reply) => setState((s) => insightActions.reported(s, reply.report)),
        (error: unknown) => error instanceof CancelledError || setState((s) => insightActions.failed(s, message(error))),
      )
      .finally(() => reportsPending.current--);
  }, [client, thresholds]);
  useEffect(() => {
    if (looking) askReport();
  }, [network, askReport, looking]);

  // Once the report is drawn (effects run after the browser paints), so the ranking does not
  // compete with the redraw for the processor.
  useEffect(() => {
    if (!state.report || !harmWanted.current) return;
    harmWanted.current = false;
    void runHarm();
  }, [state.report, runHarm]);

  useEffect(() => {
    if (!looking) return;
    if (!filtersOn) return setState((s) => insightActions.visibleScored(s, null));
    const part = { partyIds: [...visible.partyIds], relationshipIds: [...visible.relationshipIds] };
    client.ask<'scored'>({ type: 'scores', part, lowTrust: thresholds.lowTrust }).then(
      (reply) => setState((s) => insightActions.visibleScored(s, reply.scores)),
      () => undefined,
    );
  }, [client, network, visible, filtersOn, thresholds.lowTrust, looking]);

  useEffect(() => {
    if (!looking) return;
    if (!scenario) return setState((s) => insightActions.scenarioScored(s, null));
    const known = new Set(network.parties.map((party) => party.id));
    const lowTrust = thresholds.lowTrust;
    Promise.all([
      client.ask<'scored'>({ type: 'scores', part: {}, lowTrust }),
      client.ask<'scored'>({ type: 'scores', part: { withoutParties: scenario.withdrawn }, lowTrust }),
    ]).then(
      ([before, after]) =>
        setState((s) => insightActions.scenarioScored(s, { id: scenario.id, name: scenario.name, before: before.scores, after: after.scores, missing: scenario.withdrawn.filter((id) => !known.has(id)) })),
      () => undefined,
    );
  }, [client, network, scenario, thresholds.lowTrust, looking]);

  const parties = useMemo(() => (state.report ? (state.ranking ? withHarm(state.report.parties, state.ranking) : state.report.parties) : null), [state.report, state.ranking]);
  const dismissed = useMemo(() => new Set(settings.dismissals.map((entry) => entry.key)), [settings.dismissals]);
  const active = useMemo(() => (state.report?.warnings ?? []).filter((warning) => !dismissed.has(warning.key)), [state.report, dismissed]);
  // The same object while the badges and sizes stay as they are, so an edit that changes neither
  // leaves the map's styles alone.
  const shown = useRef<ReadonlyMap<string, InsightDecoration>>(new Map());
  const decorations = useMemo(() => {
    const next = insightDecorations(parties, state.badges, state.sizeBy);
    return sameDecorations(shown.current, next) ? shown.current : next;
  }, [parties, state.badges, state.sizeBy]);
  useEffect(() => {
    shown.current = decorations;
  }, [decorations]);

  return {
    state,
    settings,
    network,
    parties,
    active,
    decorations,
    activate: useCallback(() => setLooking(true), []),
    changedAt: () => changedAt.current,
    runHarm: () => void runHarm(),
    cancelHarm: () => {
      ranker.stop();
      setState(insightActions.harmCancelled);
    },
    chooseScenario: setScenario,
    setBadges: (on) => setState((s) => insightActions.badgesToggled(s, on)),
    setSizeBy: (sizeBy) => setState((s) => insightActions.sizeByChosen(s, sizeBy)),
  };
}
