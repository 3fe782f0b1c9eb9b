// The thin strip at the edge of a panel that hides it and brings it back, so the map can have
// the whole window; the panel's own state stays (it is hidden, not removed).
type Props = {
  /** Which side of the window the panel sits on: the arrow points the way it folds. */
  side: 'start' | 'end';
  hidden: boolean;
  /** What the panel is, in words: "the list of networks". */
  what: string;
  controls: string;
  testId: string;
  onToggle: () => void;
};

export function PanelHandle({ side, hidden, what, controls, testId, onToggle }: Props) {
  const foldsLeft = (side === 'start') !== hidden;
  const label = `${hidden ? 'Show' : 'Hide'} ${what}`;
  return (
    <button type="button" className={`panel-handle panel-handle--${side}`} aria-expanded={!hidden} aria-controls={controls} aria-label={label} title={label} data-testid={testId} onClick={onToggle}>
      <span aria-hidden="true">{foldsLeft ? '‹' : '›'}</span>
    </button>
  );
}
