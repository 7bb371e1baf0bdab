import { useState } from 'react';
import { SECURITY_LABELS, type SecuritySettings } from '../../../db/contract/accounts';
import { formatDate } from '../../../db/base/format';
import { errorText, send } from '../../api/client';
import { Field } from '../../components/Field';
import { ErrorSummary, Form, FormActions, FormSection, useForm } from '../../components/form';
import { useFeedback } from '../../components/feedback';
import { LoadState } from '../../components/Loading';
import { useList } from '../../components/useList';
import { readAgain } from '../../components/stale';
import { useAccount } from '../../auth/account';

// Paramètres > Sécurité et données personnelles (direction): the idle lock's minutes, the years
// after which a worker whose path ended is proposed for anonymisation, and that anonymisation:
// the people listed first, then done on confirmation (it cannot be undone) and logged.

export function PersonalDataSettings() {
  const security = useList('settings.getSecurity', {});
  if (!security.data) return <LoadState error={security.error} />;
  return (
    <>
      <SecurityForm settings={security.data} onSaved={security.set} />
      <Anonymisation years={security.data.anonymiseAfterYears} key={security.data.version} />
    </>
  );
}

const toValues = (s: SecuritySettings) => ({ idleLockMinutes: String(s.idleLockMinutes), anonymiseAfterYears: String(s.anonymiseAfterYears) });

function SecurityForm({ settings, onSaved }: { settings: SecuritySettings; onSaved(s: SecuritySettings): void }) {
  const { update } = useAccount();
  const form = useForm({
    call: 'settings.saveSecurity',
    initial: toValues(settings),
    version: settings.version,
    latest: readAgain('settings.getSecurity', {}, (s) => ({ values: toValues(s), version: s.version })),
    toInput: (v, _x, version) => ({ idleLockMinutes: v.idleLockMinutes ?? '', anonymiseAfterYears: v.anonymiseAfterYears ?? '', version }),
    onSaved: (s) => {
      form.reset(toValues(s), s.version);
      onSaved(s);
      // The idle lock follows the new minutes at once.
      void send('auth.state', {}).then((r) => r.ok && update(r.value));
    },
    savedMessage: 'Réglages de sécurité enregistrés',
    labels: SECURITY_LABELS,
  });
  return (
    <Form form={form} label="Sécurité">
      <ErrorSummary form={form} />
      <FormSection title="Sécurité">
        <Field {...form.field('idleLockMinutes')} kind="digits" suffix="minutes" help="Sans frappe ni clic pendant ce temps, Passerelle demande à nouveau le mot de passe ; ce qui était en cours de saisie est conservé." />
        <Field {...form.field('anonymiseAfterYears')} kind="digits" suffix="ans" help="Les salariés sortis depuis plus longtemps sont proposés ci-dessous pour anonymisation (2 ans par défaut)." />
      </FormSection>
      <FormActions form={form} />
    </Form>
  );
}

function Anonymisation({ years }: { years: number }) {
  const candidates = useList('personalData.candidates', {});
  const [chosen, setChosen] = useState<Set<number> | null>(null);
  const { toast, confirm } = useFeedback();
  if (!candidates.data) return <LoadState error={candidates.error} />;
  const list = candidates.data;
  const selected = chosen ?? new Set(list.map((c) => c.id));
  const toggle = (id: number) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setChosen(next);
  };
  const run = async () => {
    const ok = await confirm({
      title: `Anonymiser ${selected.size} personne${selected.size > 1 ? 's' : ''} ?`,
      body: (
        <p>
          Leurs noms, NIR, titres de séjour, adresses, téléphones, e-mails, notes et textes libres seront effacés, aussi dans le journal. Les chiffres
          des rapports ne changent pas. <strong>Cela ne peut pas être annulé.</strong>
        </p>
      ),
      confirmLabel: 'Anonymiser',
      danger: true,
    });
    if (!ok) return;
    const r = await send('personalData.anonymise', { ids: [...selected] });
    if (!r.ok) toast(errorText(r.error), 'error');
    else toast(`${r.value.anonymised} personne${r.value.anonymised > 1 ? 's anonymisées' : ' anonymisée'}`);
    setChosen(null);
    candidates.reload();
  };
  return (
    <section className="form-section" aria-labelledby="anonymisation-title">
      <h2 id="anonymisation-title">Anonymisation</h2>
      {list.length === 0 ? (
        <p className="muted">Aucun salarié n’est sorti depuis plus de {years} ans sans avoir été anonymisé.</p>
      ) : (
        <>
          <p>
            {list.length} salarié{list.length > 1 ? 's sont sortis' : ' est sorti'} depuis plus de {years} ans. Vérifiez la liste, décochez qui doit être
            gardé, puis anonymisez.
          </p>
          <table className="simple-table">
            <thead>
              <tr>
                <th scope="col">Anonymiser</th>
                <th scope="col">Salarié</th>
                <th scope="col">Sorti le</th>
              </tr>
            </thead>
            <tbody>
              {list.map((c) => (
                <tr key={c.id}>
                  <td>
                    <input type="checkbox" checked={selected.has(c.id)} onChange={() => toggle(c.id)} aria-label={`Anonymiser ${c.name}`} />
                  </td>
                  <td>{c.name}</td>
                  <td>{formatDate(c.exitDate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" className="button button-danger" disabled={selected.size === 0} onClick={() => void run()}>
            Anonymiser les personnes cochées
          </button>
        </>
      )}
    </section>
  );
}
