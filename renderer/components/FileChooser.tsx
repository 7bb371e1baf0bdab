import type { Ref } from 'react';
import { acceptOf, browserFile, openFile, type FileType, type OpenedFile } from '../api/platform';

// A labelled file field. A click (or Espace / Entrée on it) asks the platform for a file:
// Electron's open dialog, or the browser's chooser. A file dropped on the field arrives
// through the field itself and is handed over the same way.

interface FileChooserProps {
  id: string;
  label: string;
  help: string;
  type: FileType;
  /** The open dialog's title (Electron). */
  title: string;
  className?: string;
  inputRef?: Ref<HTMLInputElement>;
  onChosen(file: OpenedFile): void;
  /** The host could not give the file: a French message to show. */
  onFailed(message: string): void;
}

export function FileChooser({ id, label, help, type, title, className, inputRef, onChosen, onFailed }: FileChooserProps) {
  const ask = async () => {
    const r = await openFile({ title, type });
    if (r.kind === 'opened') onChosen(r.file);
    else if (r.kind === 'failed') onFailed(r.message);
  };
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      <input
        ref={inputRef}
        id={id}
        name="file"
        type="file"
        accept={acceptOf(type)}
        aria-describedby={`${id}-help`}
        onClick={(e) => {
          e.preventDefault();
          void ask();
        }}
        onChange={(e) => {
          const chosen = e.target.files?.[0];
          e.target.value = '';
          if (chosen) onChosen(browserFile(chosen));
        }}
      />
      <p id={`${id}-help`} className="field-help">
        {help}
      </p>
    </div>
  );
}
