import { useEffect, useState } from 'react';
import type { ClientDetail } from '../../../db/contract/clients';
import type { PlacementDetail } from '../../../db/contract/placements';
import type { RuleIssue } from '../../../db/contract/result';
import { PLACEMENT_LABELS, PLACEMENT_STATUSES, PPE_SUPPLIERS } from '../../../db/contract/placements';
import type { Organisation } from '../../../db/contract/settings';
import { formatMoney } from '../../../db/base/format';
import { TASK_KINDS } from '../../../db/contract/reference';
import { send } from '../../api/client';
import { Field } from '../../components/Field';
import { NoticeBanners } from '../../components/Badge';
import { SelectField, TextAreaField } from '../../components/Choice';
import { ErrorSummary, Form, FormSection, UNSAVED, useForm, type Values } from '../../components/form';
import { useOrganisation } from '../../organisation';
import { Link, useRouter } from '../../router';
import { IssueBanners } from './common';
import { readAgain } from '../../components/stale';
import { newPlacementValues, placementValues, toPlacement } from './placement-values';
import { usePlacementChoices } from './usePlacementChoices';
import { usePlacementRules } from './usePlacementRules';
import { ForbiddenWorkQuestion } from './ForbiddenWorkQuestion';

// The placement form: its fields, laid out, and the rules' verdict above the Save button. The
// lists to choose from live in usePlacementChoices, the rules and the save in usePlacementRules,
// the values in placement-values.

function useClientDetail(id: number | null) {
  const [state, setState] = useState<{ id: number; client: ClientDetail | null; error: string | null } | null>(null);
  useEffect(() => {
    if (!id) return;
    let live = true;
    void send('clients.get', { id }).then((r) => {
      if (live) setState({ id, client: r.ok ? r.value : null, error: r.ok ? null : r.error.message });
    });
    return () => {
      live = false;
    };
  }, [id]);
  return id && state?.id === id ? state : null;
}

/** #/missions/nouvelle, optionally `?salarie=ID` or `?utilisateur=ID`. */
export function NewPlacementForm({ workerId, clientId }: { workerId: number | null; clientId: number | null }) {
  const { organisation, error } = useOrganisation();
  const preset = useClientDetail(clientId);
  if ((!organisation && !error) || (clientId && !preset)) return <p className="muted">Chargement…</p>;
  const client = preset?.client ?? null;
  const initial = newPlacementValues(workerId, client, organisation);
  return (
    <PlacementFormView
      placementId={null}
      version={0}
      initial={initial}
      title="Nouvelle mission"
      cancelTo="/missions"
      initialClient={client}
      organisation={organisation}
      autoFilledRate={initial.billedRateCents ?? ''}
    />
  );
}

export function EditPlacementForm({ placement }: { placement: PlacementDetail }) {
  const { organisation } = useOrganisation();
  const preset = useClientDetail(placement.clientId);
  return (
    <PlacementFormView
      placementId={placement.id}
      version={placement.version}
      initial={placementValues(placement)}
      title={`Modifier la mission : ${placement.workerName} chez ${placement.clientName}`}
      cancelTo={`/missions/${placement.id}`}
      initialClient={preset?.client ?? null}
      organisation={organisation}
      autoFilledRate=""
    />
  );
}

interface ViewProps {
  /** null for a new placement. */
  placementId: number | null;
  /** The version of the placement as it was read (0 for a new one). */
  version: number;
  initial: Values;
  title: string;
  cancelTo: string;
  initialClient: ClientDetail | null;
  organisation: Organisation | null;
  autoFilledRate: string;
}

function PlacementFormView({ placementId, version, initial, title, cancelTo, initialClient, organisation, autoFilledRate }: ViewProps) {
  const { navigate } = useRouter();
  const form = useForm<'placements.create' | 'placements.update', { confirmed: string[] }>({
    call: placementId === null ? 'placements.create' : 'placements.update',
    initial,
    version,
    latest: placementId === null ? undefined : readAgain('placements.get', { id: placementId }, (p) => ({ values: placementValues(p), version: p.version })),
    toInput: (v, extra, readVersion) => {
      const body = { placement: toPlacement(v), confirmed: extra?.confirmed ?? [] };
      return placementId === null ? body : { id: placementId, version: readVersion, ...body };
    },
    onSaved: (r) => navigate(`/missions/${r.id}`, { force: true }),
    onRefused: (e) => rules.refused(e),
    savedMessage: 'Mission enregistrée',
    errorPrefix: 'placement.',
    labels: PLACEMENT_LABELS,
  });
  const v = form.values;
  const choices = usePlacementChoices({ values: v, setValue: form.setValue, initialClient, organisation, autoFilledRate });
  const rules = usePlacementRules({ values: v, placementId, busy: form.busy, submit: form.submit });

  // The keyboard starts on the first field left to fill, once.
  const [firstField] = useState(() => (!initial.workerId ? 'f-workerId' : !initial.clientId ? 'f-clientId' : 'f-taskKind'));
  useEffect(() => document.getElementById(firstField)?.focus(), [firstField]);

  const client = choices.client;
  const orgRate = organisation ? formatMoney(organisation.defaultBilledRateCents) : null;

  return (
    <section className="page">
      <header className="page-header">
        <h1>{title}</h1>
      </header>
      <Form form={form} label={title} className="placement-form" onSubmit={() => void rules.save()}>
        <ErrorSummary form={form} />
        <FormSection title="Qui, chez qui, où">
          <SelectField {...form.field('workerId')} {...choices.workerSelect} required />
          <SelectField {...form.field('clientId')} {...choices.clientSelect} required />
          <SelectField
            {...form.field('workAddressId')}
            options={choices.placeOptions}
            placeholder={choices.billingAddress ? `Adresse de facturation (${choices.billingAddress})` : 'Adresse de facturation'}
            className="wide"
            help={client && client.workAddresses.length === 0 ? "Cet utilisateur n'a pas d'autre lieu de travail enregistré." : undefined}
          />
          {choices.workerNotices.length > 0 && (
            <div className="wide">
              <NoticeBanners notices={choices.workerNotices} />
            </div>
          )}
        </FormSection>
        <FormSection title="Le travail">
          <SelectField {...form.field('taskKind')} options={TASK_KINDS} placeholder="— Choisir la tâche —" required />
          <Field {...form.field('taskDetail')} help="Par exemple : entretien des haies, vitres du rez-de-chaussée." />
          <Field {...form.field('startDate')} kind="date" required placeholder="JJ/MM/AAAA" />
          <Field {...form.field('endDate')} kind="date" required placeholder="JJ/MM/AAAA" help="Figure au contrat de mise à disposition." />
          <Field {...form.field('plannedMinutes')} kind="hours" placeholder="ex. 35 ou 3h30" help="Pour toute la mission ; facultatif." />
          <ForbiddenWorkQuestion
            checked={v.exposesForbiddenWork === '1'}
            onChange={(x) => form.setValue('exposesForbiddenWork', x ? '1' : '')}
            error={form.errors.exposesForbiddenWork}
          />
        </FormSection>
        <FormSection title="Taux">
          <Field
            {...form.field('billedRateCents')}
            kind="money"
            suffix="€ / h"
            required
            help={orgRate ? `Par défaut : le taux de l'utilisateur, sinon celui de l'organisation (${orgRate} / h).` : "Par défaut : le taux de l'utilisateur."}
          />
          <Field {...form.field('wageRateCents')} kind="money" suffix="€ brut / h" required help="Salaire horaire brut versé au salarié." />
        </FormSection>
        <FormSection title="Équipements de protection (EPI)">
          <Field {...form.field('ppeNeeded')} help="Par exemple : gants, chaussures de sécurité. Vide : aucun." />
          <SelectField {...form.field('ppeSuppliedBy')} options={PPE_SUPPLIERS} placeholder="— Non renseigné —" required={Boolean((v.ppeNeeded ?? '').trim())} />
        </FormSection>
        <FormSection title="Suivi">
          <SelectField {...form.field('status')} options={PLACEMENT_STATUSES} required />
          <TextAreaField {...form.field('notes')} className="wide" />
        </FormSection>
        <div className="form-actions placement-actions">
          <RulesVerdict issues={rules.issues} checking={rules.checking} />
          <div className="placement-buttons">
            <button type="submit" className="button button-primary" disabled={form.busy} aria-describedby={rules.blocking ? 'placement-blocked' : undefined}>
              {form.busy ? 'Enregistrement…' : 'Enregistrer'}
            </button>
            <Link to={cancelTo} className="button">
              Annuler
            </Link>
            <span className="muted" id="placement-blocked">
              {rules.blocking ? 'Corrigez ce qui bloque avant d’enregistrer.' : form.dirty ? UNSAVED : ''}
            </span>
          </div>
        </div>
      </Form>
    </section>
  );
}

/** What the rules say of the placement as typed, above the Save button. */
function RulesVerdict({ issues, checking }: { issues: RuleIssue[] | null; checking: boolean }) {
  return (
    <div className="placement-issues" aria-live="polite">
      {issues && (
        <IssueBanners
          issues={issues}
          blockingLead="Enregistrement impossible :"
          warningLead={issues.filter((i) => i.severity === 'warning').length > 1 ? 'Avertissements :' : 'Avertissement :'}
        />
      )}
      {issues && issues.length === 0 && !checking && (
        <p className="banner banner-ok issue-banner">Règles vérifiées : rien ne s'oppose à cette mission.</p>
      )}
      {checking && <p className="muted checking">Vérification des règles…</p>}
    </div>
  );
}
