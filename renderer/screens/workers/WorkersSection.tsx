import { useEffect, useState } from 'react';
import type { WorkerDetail } from '../../../db/contract/workers';
import { send } from '../../api/client';
import { ImportWizard } from '../import/ImportWizard';
import { EditWorkerForm, NewWorkerForm } from './WorkerForm';
import { WorkerPage } from './WorkerPage';
import { WorkersList } from './WorkersList';

/** #/salaries, #/salaries/nouveau, #/salaries/import, #/salaries/12, #/salaries/12/modifier */
export function WorkersSection({ path }: { path: string }) {
  const parts = path.split('/').filter(Boolean).slice(1);
  if (parts.length === 0) return <WorkersList />;
  if (parts[0] === 'nouveau') return <NewWorkerForm />;
  if (parts[0] === 'import') return <ImportWizard kind="workers" backTo="/salaries" title="Importer des salariés" />;
  const id = Number(parts[0]);
  if (!Number.isInteger(id) || id <= 0) return <p>Page introuvable.</p>;
  if (parts[1] === 'modifier') return <EditWorker id={id} />;
  return <WorkerPage key={id} id={id} />;
}

function EditWorker({ id }: { id: number }) {
  const [worker, setWorker] = useState<WorkerDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void send('workers.get', { id }).then((r) => (r.ok ? setWorker(r.value) : setError(r.error.message)));
  }, [id]);
  if (error) return <p className="error-text" role="alert">{error}</p>;
  if (!worker) return <p className="muted">Chargement…</p>;
  return <EditWorkerForm worker={worker} />;
}
