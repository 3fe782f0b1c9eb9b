// One slide of a presentation on the map (issue 15): its saved view shown, its withdrawal
// simulated and, while playing, revealed hop by hop — the withdrawn parties grey first, then each
// hop of the cascade takes its colours — from the simulation's own answer (its hops per party).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { Slide } from '../../../shared/domain';
import { answers, slideViewId } from '../core/presentations/playing';
import { lastHop } from '../core/presentations/slides';
import type { MapCamera } from '../views/map/MapCanvas';
import type { MapViews } from './useMapViews';
import type { WithdrawalAnalysis } from './useWithdrawalAnalysis';

// The withdrawn parties alone stay a moment longer than each later hop, so the audience sees who left.
const FIRST_HOLD_MS = 1_400;
const HOP_MS = 1_000;
// After a view moves the parties (a glide on small maps), the camera frames what it shows.
const FRAME_AFTER_MS = 450;

export type SlideStage = {
  /** Puts the slide on the map; `wave` plays a withdrawal hop by hop, otherwise it shows whole. */
  stage: (slide: Slide, options: { wave: boolean }) => void;
  /** The hop the wave has reached, while one plays; null otherwise. */
  hop: number | null;
  /** The furthest hop of the withdrawal shown, once it is known. */
  lastHop: number | null;
  /** True once the map shows all the slide asked for: its withdrawal answered, the wave over. */
  settled: boolean;
  /** Leaves the map showing everything again. */
  end: () => void;
  /** The slide's caption over the map, which the camera keeps clear of. */
  captionRef: RefObject<HTMLElement | null>;
};

export function useSlideStage(mapViews: MapViews, analysis: WithdrawalAnalysis, camera: RefObject<MapCamera | null>): SlideStage {
  const [slide, setSlide] = useState<{ slide: Slide; wave: boolean } | null>(null);
  const [hop, setHop] = useState<number | null>(null);
  const captionRef = useRef<HTMLElement>(null);
  const { setReveal, simulation, scenarios } = analysis;
  const shown = slide?.slide;
  const scenarioId = shown?.kind === 'scenario' ? shown.scenarioId : null;
  const scenario = scenarioId ? scenarios.list?.find((saved) => saved.id === scenarioId) : undefined;
  const ready = scenario ? answers(simulation.state, scenario.withdrawn) : true;
  const furthest = scenario && ready && simulation.state.view ? lastHop(simulation.state.view.hopsById) : null;

  const stage = useCallback(
    (next: Slide, { wave }: { wave: boolean }) => {
      const viewId = slideViewId(next);
      const view = viewId ? mapViews.views.list?.find((saved) => saved.id === viewId) : undefined;
      if (view) mapViews.show(view);
      if (next.kind === 'scenario') {
        const withdrawal = scenarios.list?.find((saved) => saved.id === next.scenarioId);
        if (withdrawal) simulation.simulate({ withdrawn: withdrawal.withdrawn, endedRelationships: withdrawal.withdrawnRelationships, endsBefore: withdrawal.endsBefore }, { name: withdrawal.name, thresholds: withdrawal.params });
      }
      const waving = next.kind === 'scenario' && wave;
      setReveal(waving ? 0 : null);
      setHop(waving ? 0 : null);
      setSlide({ slide: next, wave });
      if (next.kind !== 'text') window.setTimeout(() => camera.current?.fit(captionRef.current), FRAME_AFTER_MS);
    },
    [mapViews, scenarios.list, simulation, setReveal, camera],
  );

  // The caption grows as the withdrawal is told (its key, then what it did): the map is framed
  // clear of it again whenever its size changes.
  useEffect(() => {
    const caption = captionRef.current;
    if (!caption || !slide) return;
    const observer = new ResizeObserver(() => camera.current?.fit(caption));
    observer.observe(caption);
    return () => observer.disconnect();
  }, [slide, camera]);

  // Until the simulation answers this slide's withdrawal, the map shows none of the previous one.
  const waiting = hop === 0 && !ready;
  useEffect(() => {
    if (hop === 0) setReveal(waiting ? -1 : 0);
  }, [hop, waiting, setReveal]);

  // The wave: one hop further each beat, from the moment the simulation has answered.
  useEffect(() => {
    if (hop === null || !ready || furthest === null) return;
    const timer = window.setTimeout(() => {
      const next = hop >= furthest ? null : hop + 1;
      setHop(next);
      setReveal(next);
    }, hop === 0 ? FIRST_HOLD_MS : HOP_MS);
    return () => window.clearTimeout(timer);
  }, [hop, ready, furthest, setReveal]);

  const end = useCallback(() => {
    setSlide(null);
    setHop(null);
    setReveal(null);
  }, [setReveal]);

  return { stage, hop, lastHop: furthest, settled: ready && hop === null, end, captionRef };
}
