// A presentation playing (issue 15), over the map that fills the screen: a text-only slide covers
// it with its title and text; a view or scenario slide puts its title and text in a caption over
// the map, a scenario slide with how far the withdrawal has spread. Arrow keys step (see
// usePresentationMode.ts); the buttons do the same for a mouse, Escape leaves.
import type { Presentation } from '../../../../shared/domain';
import type { Thresholds } from '../../core/simulation/simulationView';
import type { PlayAction } from '../../core/presentations/playing';
import { slideNumber } from '../../core/presentations/slides';
import type { SlideStage } from '../../hooks/useSlideStage';
import { SimulationLegend } from '../simulation/SimulationLegend';

type Props = {
  presentation: Presentation;
  index: number;
  stage: Pick<SlideStage, 'hop' | 'lastHop' | 'settled' | 'captionRef'>;
  /** What the slide's withdrawal did, once the simulation has answered. */
  note: string | null;
  /** The thresholds of the withdrawal shown, for its colour key. */
  thresholds: Thresholds | null;
  /** What the slide needs that has been deleted since, in words; null when nothing is. */
  missing: string | null;
  onStep: (action: PlayAction) => void;
};

function waveWords(hop: number | null, last: number | null): string {
  if (last === null) return 'Working out the withdrawal…';
  if (hop === null) return last === 0 ? 'No one else depends on them.' : `The whole cascade: ${last} ${last === 1 ? 'step' : 'steps'} deep.`;
  if (hop === 0) return 'Who leaves.';
  return `Spreading: step ${hop} of ${last}.`;
}

export function PresentationPlayer({ presentation, index, stage, note, thresholds, missing, onStep }: Props) {
  const slide = presentation.slides[index];
  if (!slide) return null;
  const count = presentation.slides.length;
  return (
    <div className="presentation-player" data-testid="presentation-player" data-slide-index={index} data-slide-kind={slide.kind} data-hop={stage.hop ?? 'all'} data-settled={stage.settled}>
      {slide.kind === 'text' ? (
        <section className="presentation-player__text-slide" aria-live="polite">
          <h1 data-testid="slide-shown-title">{slide.title}</h1>
          {slide.text && <p>{slide.text}</p>}
        </section>
      ) : (
        <section ref={stage.captionRef} className="presentation-player__caption" aria-live="polite">
          {slide.title && <h1 data-testid="slide-shown-title">{slide.title}</h1>}
          {slide.text && <p>{slide.text}</p>}
          {slide.kind === 'scenario' && (
            <p className="presentation-player__wave" data-testid="slide-wave">
              {waveWords(stage.hop, stage.lastHop)}
              {note && stage.hop === null && <><br />{note}</>}
            </p>
          )}
          {missing && <p className="field__error" role="alert" data-testid="slide-missing">{missing}</p>}
          {slide.kind === 'scenario' && thresholds && <SimulationLegend thresholds={thresholds} chainShown={false} sized={false} />}
        </section>
      )}
      <nav className="presentation-player__controls" aria-label="Presentation">
        <button type="button" className="button button--small" aria-label="Previous slide" disabled={index === 0} onClick={() => onStep('previous')}>←</button>
        <span data-testid="slide-number">{slideNumber(index, count)}</span>
        <button type="button" className="button button--small" aria-label="Next slide" disabled={index === count - 1} onClick={() => onStep('next')}>→</button>
        <button type="button" className="button button--small button--quiet" data-testid="leave-presentation" onClick={() => onStep('leave')}>Leave (Esc)</button>
      </nav>
    </div>
  );
}
