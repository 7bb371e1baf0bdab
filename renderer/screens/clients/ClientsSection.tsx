import { RecordLoader } from '../../components/Loading';
import { ImportWizard } from '../import/ImportWizard';
import { ClientPage } from './ClientPage';
import { ClientsList } from './ClientsList';
import { EditClientForm, NewClientForm } from './ClientForm';

/** #/utilisateurs, #/utilisateurs/nouveau, #/utilisateurs/import, #/utilisateurs/12, #/utilisateurs/12/modifier */
export function ClientsSection({ path }: { path: string }) {
  const parts = path.split('/').filter(Boolean).slice(1);
  if (parts.length === 0) return <ClientsList />;
  if (parts[0] === 'nouveau') return <NewClientForm />;
  if (parts[0] === 'import') return <ImportWizard kind="clients" backTo="/utilisateurs" title="Importer des utilisateurs" />;
  const id = Number(parts[0]);
  if (!Number.isInteger(id) || id <= 0) return <p>Page introuvable.</p>;
  if (parts[1] === 'modifier') return <RecordLoader call="clients.get" id={id}>{(c) => <EditClientForm client={c} />}</RecordLoader>;
  return <ClientPage key={id} id={id} />;
}
