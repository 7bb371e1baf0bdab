import { useState, type Ref } from 'react';
import { acceptOf, browserFile, openFile, type FileType, type OpenedFile } from '../api/platform';

// A labelled file field, in French whatever the system's language: « Choisir un fichier », then
// the chosen file's name (« Aucun fichier choisi » before). The browser's own file input stays
// underneath, transparent, over the French button: it keeps the focus, Espace and Entrée, and a
// file dropped on it, while its English « Choose File » is never seen. A click (or Espace /
// Entrée) asks the platform for the file: Electron's open dialog, or the browser's chooser.

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
  const [chosen, setChosen] = useState<string | null>(null);
  const take = (file: OpenedFile) => {
    setChosen(file.name);
    onChosen(file);
  };
  const ask = async () => {
    const r = await openFile({ title, type });
    if (r.kind === 'opened') take(r.file);
    else if (r.kind === 'failed') onFailed(r.message);
  };
  return (
    <div className={className ? `field file-chooser ${className}` : 'field file-chooser'}>
      <label htmlFor={id}>{label}</label>
      <div className="file-chooser-box">
        <span className="file-chooser-target">
          <input
            ref={inputRef}
            id={id}
            name="file"
            type="file"
            className="file-chooser-input"
            accept={acceptOf(type)}
            aria-describedby={`${id}-name ${id}-help`}
            onClick={(e) => {
              e.preventDefault();
              void ask();
            }}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) take(browserFile(file));
            }}
          />
          <span className="button file-chooser-button" aria-hidden="true">
            Choisir un fichier
          </span>
        </span>
        <span id={`${id}-name`} className={chosen ? 'file-chooser-name' : 'file-chooser-name muted'}>
          {chosen ?? 'Aucun fichier choisi'}
        </span>
      </div>
      <p id={`${id}-help`} className="field-help">
        {help}
      </p>
    </div>
  );
}
