import { useState } from 'react';
import { printDocument, saveDocumentPdf, saveDocumentsInFolder, type Outcome, type PrintDocument } from '../api/platform';
import { useFeedback } from '../components/feedback';

// The two actions every document offers on the screen it belongs to (an invoice's page, a
// placement's page…): « Imprimer » (the system's print dialog) and « Enregistrer en PDF ».
// A batch (the month's invoices…) adds « Un PDF par utilisateur », into a folder.

function useShowOutcome() {
  const { toast } = useFeedback();
  return (r: Outcome, saved = 'PDF enregistré') => {
    if (r.kind === 'saved') toast(r.path ? `${saved} : ${r.path}` : saved);
    else if (r.kind === 'failed') toast(r.message, 'error');
  };
}

export function DocumentActions({
  doc,
  printLabel = 'Imprimer',
  pdfLabel = 'Enregistrer en PDF',
}: {
  doc: PrintDocument;
  printLabel?: string;
  pdfLabel?: string;
}) {
  const show = useShowOutcome();
  return (
    <>
      <button type="button" className="button" onClick={() => void printDocument(doc).then((r) => show(r))}>
        {printLabel}
      </button>
      <button type="button" className="button" onClick={() => void saveDocumentPdf(doc).then((r) => show(r))}>
        {pdfLabel}
      </button>
    </>
  );
}

/**
 * A batch of documents: all in one PDF (one print view, a page break between documents), or one
 * PDF per document in a folder. A browser cannot write into a folder: there, it says so.
 */
export function BatchActions({ whole, documents, noun }: { whole: PrintDocument; documents: readonly PrintDocument[]; noun: string }) {
  const show = useShowOutcome();
  const [progress, setProgress] = useState<string | null>(null);
  const perFile = async () => {
    if (!saveDocumentsInFolder || progress) return;
    const r = await saveDocumentsInFolder(documents, (done, total) => setProgress(`PDF ${done} / ${total}…`));
    setProgress(null);
    show(r, `${documents.length} PDF enregistrés`);
  };
  return (
    <div className="batch-actions">
      <DocumentActions doc={whole} printLabel={`Imprimer ${noun}`} pdfLabel="Tout en un seul PDF" />
      {saveDocumentsInFolder ? (
        <button type="button" className="button" disabled={documents.length === 0 || progress !== null} onClick={() => void perFile()}>
          {progress ?? 'Un PDF par utilisateur…'}
        </button>
      ) : (
        <span className="muted batch-note">Un PDF par utilisateur dans un dossier : avec l’application de bureau. Ici, le lot s’enregistre en un seul PDF.</span>
      )}
    </div>
  );
}
