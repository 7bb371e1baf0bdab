import { useEffect, useState } from 'react';
import type { ClientDetail } from '../../../db/contract/clients';
import { send } from '../../api/client';
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
  if (parts[1] === 'modifier') return <EditClient id={id} />;
  return <ClientPage key={id} id={id} />;
}

function EditClient({ id }: { id: number }) {
  const [client, setClient] = useState<ClientDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void send('clients.get', { id }).then((r) => (r.ok ? setClient(r.value) : setError(r.error.message)));
  }, [id]);
  if (error) return <p className="error-text" role="alert">{error}</p>;
  if (!client) return <p className="muted">Chargement…</p>;
  return <EditClientForm client={client} />;
}
