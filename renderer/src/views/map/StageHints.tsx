// What the map is doing right now, said at its top-left corner: drawing relationships, or focusing
// on the selection — with the focus distance chosen right there, where it takes effect.
import { useId } from 'react';
import { MAX_FOCUS_HOPS } from '../../core/filters/focus';

type Props = { connectMode: boolean; focusShown: boolean; hops: number; onHops: (hops: number) => void };

export function StageHints({ connectMode, focusShown, hops, onHops }: Props) {
  const id = useId();
  if (!connectMode && !focusShown) return null;
  return (
    <>
      {connectMode && <p className="stage-hint">Drawing: drag from one party to another. Press Esc to stop.</p>}
      {focusShown && (
        <p className="stage-hint stage-hint--focus" data-testid="focus-hint">
          <label htmlFor={`${id}-hops`}>Focus: the selection and</label>{' '}
          <select id={`${id}-hops`} className="select--small" value={hops} data-testid="focus-hops" onChange={(event) => onHops(Number(event.target.value))}>
            {Array.from({ length: MAX_FOCUS_HOPS }, (_, i) => i + 1).map((count) => (
              <option key={count} value={count}>{count} {count === 1 ? 'step' : 'steps'}</option>
            ))}
          </select>{' '}
          around it. Shift+F leaves.
        </p>
      )}
    </>
  );
}
