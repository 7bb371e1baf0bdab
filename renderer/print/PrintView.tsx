import { useEffect, type ReactNode } from 'react';
import { printPage } from '../api/platform';
import { useFeedback } from '../components/feedback';
import { Link } from '../router';
import './print.css';

// The frame of the print views (`#/print/...`, listed in renderer/routes.tsx): documents shown
// outside the Shell, black on white, A4. Electron prints them in a hidden window (it waits for
// `data-print-ready`); in the web host the browser prints them from the « Imprimer » button.

/** Marks the page as a print view while it is shown (white page, no app chrome). */
export function PrintView({ children }: { children: ReactNode }) {
  useEffect(() => {
    const root = document.documentElement;
    root.classList.add('print-view');
    return () => {
      root.classList.remove('print-view');
      delete root.dataset.printReady;
    };
  }, []);
  return children;
}

export function UnknownDocument() {
  useEffect(() => {
    document.documentElement.dataset.printReady = 'true';
  }, []);
  return (
    <main className="print-unknown">
      <h1>Document introuvable</h1>
      <p>
        Cette adresse ne correspond à aucun document imprimable. <Link to="/">Retour au tableau de bord</Link>
      </p>
    </main>
  );
}

/** The « Imprimer » button of a print view's toolbar: the browser's print, or Electron's. */
export function PrintButton({ disabled }: { disabled: boolean }) {
  const { toast } = useFeedback();
  const print = async () => {
    const r = await printPage();
    if (r.kind === 'failed') toast(r.message, 'error');
  };
  return (
    <button type="button" className="button button-primary" onClick={() => void print()} disabled={disabled}>
      Imprimer
    </button>
  );
}

/** The toolbar above a document: « Imprimer » once it is ready, the way back, and what to choose in the print dialog. */
export function PrintToolbar({ ready, backTo, backLabel }: { ready: boolean; backTo: string; backLabel: string }) {
  return (
    <div className="print-toolbar no-print">
      <PrintButton disabled={!ready} />
      <Link to={backTo} className="button">
        {backLabel}
      </Link>
      <span className="muted">Format A4. Dans la fenêtre d'impression, choisissez l'imprimante ou « Enregistrer au format PDF ».</span>
    </div>
  );
}
