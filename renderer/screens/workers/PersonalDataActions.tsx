import { errorText, send } from '../../api/client';
import { base64ToBytes } from '../../api/files';
import { printDocument, saveFile } from '../../api/platform';
import { useFeedback } from '../../components/feedback';
import { useAccount } from '../../auth/account';

// A person's request for their data (GDPR), answered by direction from the worker's page: the
// whole file as JSON, or as a document to print or save as PDF. Both are recorded in the journal.

export function PersonalDataActions({ workerId, name }: { workerId: number; name: string }) {
  const { can } = useAccount();
  const { toast } = useFeedback();
  if (!can('personal-data.manage')) return null;
  const exportJson = async () => {
    const r = await send('personalData.export', { workerId });
    if (!r.ok) return toast(errorText(r.error), 'error');
    const saved = await saveFile({ name: r.value.fileName, content: base64ToBytes(r.value.base64), type: 'json' });
    if (saved.kind === 'failed') toast(saved.message, 'error');
    else if (saved.kind === 'saved') toast('Données exportées');
  };
  const print = async () => {
    const r = await printDocument({ route: `/print/dossier/${workerId}`, fileName: `donnees-personnelles-salarie-${workerId}.pdf` });
    if (r.kind === 'failed') toast(r.message, 'error');
  };
  return (
    <section className="record-section" aria-labelledby="s-donnees">
      <h2 id="s-donnees">Données personnelles</h2>
      <p className="muted">À la demande de {name} : tout ce que Passerelle conserve sur cette personne. L’export est inscrit au journal.</p>
      <div className="form-actions">
        <button type="button" className="button" onClick={() => void exportJson()}>
          Exporter ses données (JSON)
        </button>
        <button type="button" className="button" onClick={() => void print()}>
          Imprimer son dossier
        </button>
      </div>
    </section>
  );
}
