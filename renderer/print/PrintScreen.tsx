import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { PDF_HINT, printDocument, saveDocumentPdf, type Outcome } from '../api/platform';
import { useFeedback } from '../components/feedback';
import { useLatest } from '../components/useLatest';
import { Link, useRouter } from '../router';
import { PrintProgress } from './PrintedDocument';

// The frame of every print view (`#/print/...`): loads the document's data, shows the toolbar
// (« Imprimer », « Enregistrer en PDF », back to the screen it came from) above the A4 sheets,
// and marks the page ready to print (`data-print-ready`, which Electron's hidden print window
// and the tests wait for) once every document on it is laid out. A batch is one print view with
// several documents: each has its own pages and page numbers, and starts on a new sheet.

interface Back {
  to: string;
  label: string;
}

export interface PrintScreenProps<T> {
  /** The data of the document(s), or a French message saying why they cannot be printed. Called once. */
  load: () => Promise<T | string>;
  /** The window's title while the document is shown (also the PDF's title). */
  title: (data: T) => string;
  /** The PDF's name offered by « Enregistrer en PDF » (`facture-2026-0001.pdf`). */
  fileName: (data: T) => string;
  /** The way back to the screen of the document (given the data, once loaded, when it depends on it). */
  back: Back | ((data: T | null) => Back);
  /** Shown while loading: « Préparation de la facture… ». */
  preparing: string;
  children: (data: T) => ReactNode;
}

function useOutcomeToast() {
  const { toast } = useFeedback();
  return (r: Outcome) => {
    if (r.kind === 'saved') toast(r.path ? `PDF enregistré : ${r.path}` : 'PDF enregistré');
    else if (r.kind === 'failed') toast(r.message, 'error');
  };
}

/** Sets `data-print-ready` once the data is there and every document has drawn its sheets. */
function usePrintReady(loaded: boolean) {
  const pending = useRef(0);
  const ready = () => {
    if (pending.current > 0) return;
    document.documentElement.dataset.printReady = 'true';
  };
  const latestReady = useLatest(ready);
  const progress = useMemo(
    () => ({
      begin() {
        pending.current++;
        delete document.documentElement.dataset.printReady;
        let ended = false;
        return () => {
          if (ended) return;
          ended = true;
          pending.current--;
          latestReady.current();
        };
      },
    }),
    [latestReady],
  );
  // Children lay out after this commit: with no document at all (an error), ready at once.
  useEffect(() => {
    if (loaded) latestReady.current();
  }, [loaded, latestReady]);
  return progress;
}

export function PrintScreen<T>({ load, title, fileName, back, preparing, children }: PrintScreenProps<T>) {
  const { path } = useRouter();
  const [data, setData] = useState<{ value: T } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latestLoad = useLatest(load);
  const show = useOutcomeToast();

  useEffect(() => {
    let live = true;
    // Another document may have been shown before this one (the ready mark is the page's).
    delete document.documentElement.dataset.printReady;
    void latestLoad.current().then((r) => {
      if (!live) return;
      if (typeof r === 'string') setError(r);
      else setData({ value: r });
    });
    return () => {
      live = false;
    };
  }, [latestLoad]);

  const docTitle = data ? title(data.value) : null;
  useEffect(() => {
    if (docTitle) document.title = docTitle;
  }, [docTitle]);

  const progress = usePrintReady(data !== null || error !== null);
  const doc = data ? { route: path, fileName: fileName(data.value) } : null;
  const way = typeof back === 'function' ? back(data ? data.value : null) : back;

  return (
    <div className="print-screen">
      <div className="print-toolbar no-print">
        <button type="button" className="button button-primary" disabled={!doc} onClick={() => doc && void printDocument(doc).then(show)}>
          Imprimer
        </button>
        <button type="button" className="button" disabled={!doc} onClick={() => doc && void saveDocumentPdf(doc).then(show)}>
          Enregistrer en PDF
        </button>
        <Link to={way.to} className="button">
          {way.label}
        </Link>
        <span className="muted">{PDF_HINT}</span>
      </div>
      {error && (
        <main className="print-problem" role="alert">
          <h1>Le document ne peut pas être préparé</h1>
          <p>{error}</p>
        </main>
      )}
      {!error && !data && <p className="muted print-loading no-print">{preparing}</p>}
      {data && (
        <main className="print-docs">
          <PrintProgress.Provider value={progress}>{children(data.value)}</PrintProgress.Provider>
        </main>
      )}
    </div>
  );
}
