import { useEffect } from 'react';
import { Link } from '../router';
import { PlacementContract } from './PlacementContract';
import './print.css';

// The print views (`#/print/...`): documents rendered outside the Shell, black on white, A4.
// Electron prints them in a hidden window (it waits for `data-print-ready`); in the web host the
// browser prints them from the « Imprimer » button.

/** Marks the page as a print view while it is shown (white page, no app chrome). */
function usePrintView() {
  useEffect(() => {
    const root = document.documentElement;
    root.classList.add('print-view');
    return () => {
      root.classList.remove('print-view');
      delete root.dataset.printReady;
    };
  }, []);
}

export function PrintRoutes({ path }: { path: string }) {
  usePrintView();
  const parts = path.split('?')[0]!.split('/').filter(Boolean);
  // ['print', 'contrat', '12']
  if (parts[1] === 'contrat' && parts.length === 3) {
    const id = Number(parts[2]);
    if (Number.isInteger(id) && id > 0) return <PlacementContract key={id} id={id} />;
  }
  return <UnknownDocument />;
}

function UnknownDocument() {
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
