import { useEffect, type ReactNode } from 'react';
import { Link } from '../router';
import './print.css';

// The frame of the print views (`#/print/...`, listed in renderer/routes.tsx): documents shown
// outside the Shell, black on white, A4. Each view is a PrintScreen (its toolbar and data)
// around PrintedDocument sheets; Electron prints them in a hidden window once `data-print-ready`
// is set, a browser from the view's « Imprimer » button.

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
