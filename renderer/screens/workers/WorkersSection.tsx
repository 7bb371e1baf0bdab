import { RecordLoader } from '../../components/Loading';
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
  if (parts[1] === 'modifier') return <RecordLoader call="workers.get" id={id}>{(w) => <EditWorkerForm worker={w} />}</RecordLoader>;
  return <WorkerPage key={id} id={id} />;
}
