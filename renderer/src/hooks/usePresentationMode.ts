// What the open map is doing with a presentation (issue 15): nothing, editing one, playing one
// full screen (arrow keys step, Escape or leaving full screen ends it), or exporting one to PDF.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Presentation } from '../../../shared/domain';
import { playAction, stepTo } from '../core/presentations/playing';
import type { PlayAction } from '../core/presentations/playing';
import type { SlideStage } from './useSlideStage';

export type PresentationModeState =
  | null
  | { kind: 'editing'; presentation: Presentation | null }
  | { kind: 'playing'; presentation: Presentation; index: number }
  | { kind: 'exporting'; presentation: Presentation };

export type PresentationMode = {
  state: PresentationModeState;
  edit: (presentation: Presentation | null) => void;
  play: (presentation: Presentation) => void;
  step: (action: PlayAction) => void;
  exportPdf: (presentation: Presentation) => void;
  close: () => void;
};

function enterFullScreen(): void {
  // Refused without a user gesture or in a headless browser: the presentation still fills the window.
  document.documentElement.requestFullscreen?.().catch(() => undefined);
}

function leaveFullScreen(): void {
  if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
}

export function usePresentationMode(stage: SlideStage): PresentationMode {
  const [state, setState] = useState<PresentationModeState>(null);
  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  }, [state]);
  const { stage: put, end } = stage;

  const close = useCallback(() => {
    if (stateRef.current?.kind === 'playing') {
      end();
      leaveFullScreen();
    }
    setState(null);
  }, [end]);

  const show = useCallback(
    (presentation: Presentation, index: number) => {
      const slide = presentation.slides[index];
      if (slide) put(slide, { wave: true });
      setState({ kind: 'playing', presentation, index });
    },
    [put],
  );

  const play = useCallback(
    (presentation: Presentation) => {
      if (presentation.slides.length === 0) return;
      enterFullScreen();
      show(presentation, 0);
    },
    [show],
  );

  const step = useCallback(
    (action: PlayAction) => {
      const current = stateRef.current;
      if (current?.kind !== 'playing') return;
      const to = stepTo(current.index, current.presentation.slides.length, action);
      if (to === null) close();
      else if (to !== current.index) show(current.presentation, to);
    },
    [close, show],
  );

  // While playing, the keys belong to the presentation; leaving full screen (the browser's own
  // Escape) ends it too.
  const playing = state?.kind === 'playing';
  useEffect(() => {
    if (!playing) return;
    const onKey = (event: KeyboardEvent) => {
      const action = playAction(event.key);
      if (!action) return;
      event.preventDefault();
      event.stopPropagation();
      step(action);
    };
    let wasFull = document.fullscreenElement !== null;
    const onFullScreen = () => {
      const full = document.fullscreenElement !== null;
      if (wasFull && !full) close();
      wasFull = full;
    };
    window.addEventListener('keydown', onKey, true);
    document.addEventListener('fullscreenchange', onFullScreen);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      document.removeEventListener('fullscreenchange', onFullScreen);
    };
  }, [playing, step, close]);

  return {
    state,
    edit: useCallback((presentation: Presentation | null) => setState({ kind: 'editing', presentation }), []),
    play,
    step,
    exportPdf: useCallback((presentation: Presentation) => setState({ kind: 'exporting', presentation }), []),
    close,
  };
}
