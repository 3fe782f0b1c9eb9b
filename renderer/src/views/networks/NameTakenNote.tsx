// Says so when a network name is already in the list, with the next free name one click away.
import { isNameTaken, nextFreeName } from '../../core/networks/uniqueName';

type Props = {
  name: string;
  taken: readonly string[];
  onUse: (name: string) => void;
  /** The name the network came with (a file's), when the one offered was changed because it was taken. */
  cameAs?: string;
};

export function NameTakenNote({ name, taken, onUse, cameAs }: Props) {
  if (cameAs && name.trim() !== cameAs.trim() && !isNameTaken(name, taken) && isNameTaken(cameAs, taken)) {
    return (
      <p className="field__note field__note--warning" role="status" data-testid="name-taken">
        You already have a network called “{cameAs.trim()}”, so this one is called “{name.trim()}”. Change the name if you like.
      </p>
    );
  }
  if (name.trim() === '' || !isNameTaken(name, taken)) return null;
  const suggestion = nextFreeName(name, taken);
  return (
    <p className="field__note field__note--warning" role="status" data-testid="name-taken">
      You already have a network called “{name.trim()}”; two with one name are hard to tell apart.{' '}
      <button type="button" className="link-button" data-testid="use-free-name" onClick={() => onUse(suggestion)}>
        Call it “{suggestion}”
      </button>
    </p>
  );
}
