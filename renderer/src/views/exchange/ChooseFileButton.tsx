// The button that opens the file picker for an import: main's dialog in the desktop app, the
// page's own in browser mode (a file input behind the button's label, so one click opens it).
import { IMPORTABLE_EXTENSIONS } from '../../../../shared/formats/registry';

type Props = {
  label: string;
  testId: string;
  inputTestId: string;
  choosesInMain: boolean;
  onFiles: (files: File[]) => void;
  onChooseInMain: () => void;
};

export function ChooseFileButton({ label, testId, inputTestId, choosesInMain, onFiles, onChooseInMain }: Props) {
  if (choosesInMain) {
    return (
      <button type="button" className="button button--primary" data-testid={testId} onClick={onChooseInMain}>
        {label}
      </button>
    );
  }
  return (
    <label className="button button--primary exchange-file-button" data-testid={testId}>
      {label}
      <input
        type="file"
        className="visually-hidden"
        data-testid={inputTestId}
        multiple
        accept={IMPORTABLE_EXTENSIONS.map((extension) => `.${extension}`).join(',')}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </label>
  );
}
