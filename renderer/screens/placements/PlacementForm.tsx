import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ClientDetail } from '../../../db/contract/clients';
import type { PlacementDetail, PlacementInput } from '../../../db/contract/placements';
import type { RuleIssue } from '../../../db/contract/result';
import { PLACEMENT_STATUSES, PPE_SUPPLIERS } from '../../../db/contract/placements';
import type { Input } from '../../../db/contract';
import type { Organisation } from '../../../db/contract/settings';
import type { WorkerRow } from '../../../db/contract/workers';
import { formatAddress, formatDate, formatHoursInput, formatMoney, formatMoneyInput, parseDate, parseHours, parseMoney } from '../../../db/base/format';
import { CLIENT_KINDS, labelOf, TASK_KINDS, type Choice } from '../../../db/contract/reference';
import { PASS_STATUS_LABELS } from '../../../db/contract/workers';
import { precheck, send } from '../../api/client';
import { Field } from '../../components/Field';
import { SelectField, TextAreaField } from '../../components/Choice';
import { ErrorSummary, Form, FormSection, UNSAVED, useForm, type Values } from '../../components/form';
import { useFeedback } from '../../components/feedback';
import { useList } from '../../components/useList';
import { useOrganisation } from '../../organisation';
import { Link, useRouter } from '../../router';
import { IssueBanners, PLACEMENT_LABELS } from './common';

// The placement form. The rules (PASS IAE, titre de séjour, 480 h, licenciement économique,
// adhésion, territoire…) are asked of the back end while the worker, client, task and dates are
// typed, and shown above the Save button; saving asks to confirm the warnings, and refuses what
// blocks.

interface Extra {
  /** The codes of the warnings the user has read and accepted. */
  confirmed: string[];
}

const CHECK_DELAY_MS = 300;

function blank(): Values {
  return {
    workerId: '',
    clientId: '',
    workAddressId: '',
    taskKind: '',
    taskDetail: '',
    startDate: '',
    endDate: '',
    plannedMinutes: '',
    billedRateCents: '',
    wageRateCents: '',
    ppeNeeded: '',
    ppeSuppliedBy: '',
    status: 'prevue',
    notes: '',
  };
}

function toValues(p: PlacementDetail): Values {
  const s = (v: string | null) => v ?? '';
  return {
    workerId: String(p.workerId),
    clientId: String(p.clientId),
    workAddressId: p.workAddressId === null ? '' : String(p.workAddressId),
    taskKind: p.taskKind,
    taskDetail: s(p.taskDetail),
    startDate: formatDate(p.startDate),
    endDate: formatDate(p.endDate),
    plannedMinutes: formatHoursInput(p.plannedMinutes),
    billedRateCents: formatMoneyInput(p.billedRateCents),
    wageRateCents: formatMoneyInput(p.wageRateCents),
    ppeNeeded: s(p.ppeNeeded),
    ppeSuppliedBy: s(p.ppeSuppliedBy),
    status: p.status,
    notes: s(p.notes),
  };
}

function toPlacement(v: Values): PlacementInput {
  const g = (k: string) => v[k] ?? '';
  const id = (k: string) => {
    const n = Number(g(k));
    return Number.isInteger(n) && n > 0 ? n : 0;
  };
  return {
    workerId: id('workerId'),
    clientId: id('clientId'),
    workAddressId: id('workAddressId') || null,
    taskKind: g('taskKind') as PlacementInput['taskKind'],
    taskDetail: g('taskDetail'),
    startDate: g('startDate'),
    endDate: g('endDate'),
    plannedMinutes: g('plannedMinutes'),
    billedRateCents: g('billedRateCents'),
    wageRateCents: g('wageRateCents'),
    ppeNeeded: g('ppeNeeded'),
    ppeSuppliedBy: g('ppeSuppliedBy'),
    status: (g('status') || 'prevue') as PlacementInput['status'],
    notes: g('notes'),
  };
}

/**
 * What to ask the rules while the form is being filled: only once the worker, the client, the
 * task and both dates are there and readable. The rates and hours do not change any rule's
 * verdict; while they are not typed yet, a placeholder keeps the call's own schema satisfied.
 */
function checkInput(v: Values, id: number | null): Input<'placements.check'> | null {
  const workerId = Number(v.workerId);
  const clientId = Number(v.clientId);
  const start = parseDate(v.startDate ?? '');
  const end = parseDate(v.endDate ?? '');
  if (!workerId || !clientId || !v.taskKind || !start || !end || end < start) return null;
  const rate = (text: string | undefined) => {
    const cents = parseMoney(text ?? '');
    return cents !== null && cents > 0 ? cents : 100;
  };
  const input: Input<'placements.check'> = {
    id,
    placement: {
      workerId,
      clientId,
      workAddressId: Number(v.workAddressId) || null,
      taskKind: v.taskKind as PlacementInput['taskKind'],
      taskDetail: null,
      startDate: start,
      endDate: end,
      plannedMinutes: parseHours(v.plannedMinutes ?? ''),
      billedRateCents: rate(v.billedRateCents),
      wageRateCents: rate(v.wageRateCents),
      ppeNeeded: null,
      ppeSuppliedBy: null,
      status: (v.status || 'prevue') as PlacementInput['status'],
      notes: null,
    },
  };
  return precheck('placements.check', input) ? null : input;
}

type WorkerChoice = Pick<WorkerRow, 'id' | 'name' | 'passStatus' | 'passEnd'>;

function passWord(w: Pick<WorkerRow, 'passStatus'>): string {
  return w.passStatus === 'aucun' ? 'sans PASS' : `PASS ${PASS_STATUS_LABELS[w.passStatus].toLowerCase()}`;
}

/** The billed rate a new placement starts from: the client's, else the organisation's. */
function defaultBilledRate(client: ClientDetail | null, org: Organisation | null): number | null {
  return client?.hourlyRateCents ?? org?.defaultBilledRateCents ?? null;
}

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
  const initial: Values = {
    ...blank(),
    workerId: workerId ? String(workerId) : '',
    clientId: client ? String(client.id) : '',
    billedRateCents: client ? formatMoneyInput(defaultBilledRate(client, organisation)) : '',
    wageRateCents: formatMoneyInput(organisation?.defaultWageRateCents ?? null),
  };
  return <NewForm initial={initial} client={client} organisation={organisation} />;
}

function NewForm({ initial, client, organisation }: { initial: Values; client: ClientDetail | null; organisation: Organisation | null }) {
  const { navigate } = useRouter();
  const form = useForm<'placements.create', Extra>({
    call: 'placements.create',
    initial,
    toInput: (v, extra) => ({ placement: toPlacement(v), confirmed: extra?.confirmed ?? [] }),
    onSaved: (r) => navigate(`/missions/${r.id}`, { force: true }),
    savedMessage: 'Mission enregistrée',
    errorPrefix: 'placement.',
    labels: PLACEMENT_LABELS,
  });
  return (
    <PlacementFormView
      form={form}
      placementId={null}
      title="Nouvelle mission"
      cancelTo="/missions"
      initialClient={client}
      organisation={organisation}
      autoFilledRate={initial.billedRateCents ?? ''}
    />
  );
}

export function EditPlacementForm({ placement }: { placement: PlacementDetail }) {
  const { navigate } = useRouter();
  const { organisation } = useOrganisation();
  const preset = useClientDetail(placement.clientId);
  const form = useForm<'placements.update', Extra>({
    call: 'placements.update',
    initial: toValues(placement),
    toInput: (v, extra) => ({ id: placement.id, placement: toPlacement(v), confirmed: extra?.confirmed ?? [] }),
    onSaved: (r) => navigate(`/missions/${r.id}`, { force: true }),
    savedMessage: 'Mission enregistrée',
    errorPrefix: 'placement.',
    labels: PLACEMENT_LABELS,
  });
  return (
    <PlacementFormView
      form={form}
      placementId={placement.id}
      title={`Modifier la mission : ${placement.workerName} chez ${placement.clientName}`}
      cancelTo={`/missions/${placement.id}`}
      initialClient={preset?.client ?? null}
      organisation={organisation}
      autoFilledRate=""
    />
  );
}

type AnyForm = ReturnType<typeof useForm<'placements.create', Extra>> | ReturnType<typeof useForm<'placements.update', Extra>>;

function WarningsBody({ warnings }: { warnings: RuleIssue[] }) {
  return (
    <>
      <p>{warnings.length > 1 ? 'Les règles signalent ces avertissements :' : 'Les règles signalent cet avertissement :'}</p>
      <ul className="confirm-issues">
        {warnings.map((w) => (
          <li key={`${w.code}-${w.message}`}>{w.message}</li>
        ))}
      </ul>
      <p>Si vous enregistrez, la mission est créée telle quelle et votre confirmation est inscrite au journal.</p>
    </>
  );
}

function PlacementFormView({
  form,
  placementId,
  title,
  cancelTo,
  initialClient,
  organisation,
  autoFilledRate,
}: {
  form: AnyForm;
  placementId: number | null;
  title: string;
  cancelTo: string;
  initialClient: ClientDetail | null;
  organisation: Organisation | null;
  autoFilledRate: string;
}) {
  const { confirm, toast } = useFeedback();
  const v = form.values;
  const valuesRef = useRef(v);
  valuesRef.current = v;

  // ---------------------------------------------------------------- the lists to choose from
  const workers = useList('workers.list', { archived: 'actifs' });
  const clients = useList('clients.list', { archived: 'actifs' });
  const [extraWorker, setExtraWorker] = useState<WorkerChoice | null>(null);
  const workerRows = useMemo(() => workers.data?.rows ?? [], [workers.data]);
  const selectedWorker = workerRows.find((w) => String(w.id) === v.workerId) ?? (extraWorker && String(extraWorker.id) === v.workerId ? extraWorker : null);
  const workerOptions = useMemo<Choice[]>(() => {
    // Workers who left their path are not offered, unless the placement already names one.
    const rows: WorkerChoice[] = workerRows.filter((w) => w.status !== 'sorti' || String(w.id) === v.workerId);
    if (extraWorker && !rows.some((w) => w.id === extraWorker.id)) rows.push(extraWorker);
    return rows.map((w) => ({ code: String(w.id), label: `${w.name} — ${passWord(w)}` }));
  }, [workerRows, extraWorker, v.workerId]);

  // A worker named by the address or by the placement but not in the active list (archived).
  const wantedWorker = v.workerId;
  useEffect(() => {
    if (!workers.data || !wantedWorker || workerRows.some((w) => String(w.id) === wantedWorker)) return;
    let live = true;
    void send('workers.get', { id: Number(wantedWorker) }).then((r) => {
      if (live && r.ok) setExtraWorker({
          id: r.value.id,
          name: `${r.value.name} (archivé)`,
          passStatus: r.value.currentPass?.status ?? 'aucun',
          passEnd: r.value.currentPass?.end ?? null,
        });
    });
    return () => {
      live = false;
    };
  }, [workers.data, workerRows, wantedWorker]);

  const clientOptions = useMemo<Choice[]>(() => {
    const rows = clients.data?.rows ?? [];
    const out: Choice[] = rows.map((c) => ({ code: String(c.id), label: `${c.name} (${labelOf(CLIENT_KINDS, c.kind)})` }));
    if (initialClient && !rows.some((c) => c.id === initialClient.id)) {
      out.push({ code: String(initialClient.id), label: `${initialClient.name} (archivé)` });
    }
    return out;
  }, [clients.data, initialClient]);

  // ---------------------------------------------------------------- the chosen client
  // Until the user picks another client, the one the form opened with (loaded by the parent).
  const [chosen, setChosen] = useState<{ client: ClientDetail | null } | null>(null);
  const client = chosen ? chosen.client : initialClient;
  const setClient = (c: ClientDetail | null) => setChosen({ client: c });
  const clientTicket = useRef(0);
  const lastAutoRate = useRef(autoFilledRate);

  const onClientChange = (value: string) => {
    form.setValue('clientId', value);
    form.setValue('workAddressId', '');
    const ticket = ++clientTicket.current;
    if (!value) {
      setClient(null);
      return;
    }
    void send('clients.get', { id: Number(value) }).then((r) => {
      if (ticket !== clientTicket.current) return;
      if (!r.ok) {
        setClient(null);
        toast(r.error.message, 'error');
        return;
      }
      setClient(r.value);
      // The billed rate follows the client while nobody typed one.
      const current = (valuesRef.current.billedRateCents ?? '').trim();
      const rate = formatMoneyInput(defaultBilledRate(r.value, organisation));
      if (rate && (current === '' || current === lastAutoRate.current)) {
        form.setValue('billedRateCents', rate);
        lastAutoRate.current = rate;
      }
    });
  };

  const placeOptions = useMemo<Choice[]>(
    () => (client ? client.workAddresses.map((a) => ({ code: String(a.id), label: `${a.label} : ${formatAddress(a)}` })) : []),
    [client],
  );
  const billingAddress = client ? formatAddress(client) : '';

  // ---------------------------------------------------------------- the rules, live
  const [issues, setIssues] = useState<RuleIssue[] | null>(null);
  const [checking, setChecking] = useState(false);
  const check = useMemo(() => checkInput(v, placementId), [v, placementId]);
  const checkKey = check ? JSON.stringify(check) : '';
  const checkTicket = useRef(0);
  useEffect(() => {
    const ticket = ++checkTicket.current;
    if (!checkKey) {
      setIssues(null);
      setChecking(false);
      return;
    }
    setChecking(true);
    const timer = window.setTimeout(async () => {
      const r = await send('placements.check', JSON.parse(checkKey) as Input<'placements.check'>);
      if (ticket !== checkTicket.current) return;
      setChecking(false);
      // A refused check (a record deleted meanwhile…) says nothing here: saving will.
      setIssues(r.ok ? r.value : null);
    }, CHECK_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [checkKey]);

  // ---------------------------------------------------------------- saving
  const confirmWarnings = useCallback(
    (warnings: RuleIssue[]) =>
      confirm({
        title: 'Confirmer la mission ?',
        body: <WarningsBody warnings={warnings} />,
        confirmLabel: 'Enregistrer malgré ces avertissements',
        cancelLabel: 'Revenir',
      }),
    [confirm],
  );
  const saving = useRef(false);
  const confirmedRef = useRef<string[]>([]);

  const save = async () => {
    if (saving.current || form.busy) return;
    saving.current = true;
    try {
      const placement = toPlacement(valuesRef.current);
      // Field errors first: the form shows them and focuses the first one.
      if (precheck('placements.check', { placement, id: null })) {
        await form.submit({ confirmed: [] });
        return;
      }
      // Then the rules as they stand now, so that warnings are confirmed before the save.
      checkTicket.current++;
      setChecking(false);
      const r = await send('placements.check', { placement, id: placementId });
      let confirmed: string[] = [];
      if (r.ok) {
        setIssues(r.value);
        if (r.value.some((i) => i.severity === 'blocking')) {
          toast('Mission non enregistrée : corrigez d’abord ce qui est signalé en rouge.', 'error');
          return;
        }
        const warnings = r.value.filter((i) => i.severity === 'warning');
        if (warnings.length > 0) {
          if (!(await confirmWarnings(warnings))) return;
          confirmed = warnings.map((w) => w.code);
        }
      }
      confirmedRef.current = confirmed;
      await form.submit({ confirmed });
    } finally {
      saving.current = false;
    }
  };
  const saveRef = useRef(save);
  saveRef.current = save;

  // The back end has the last word: it may still refuse (`rule`) or ask (`confirm`), e.g. when
  // something changed between the check and the save.
  const submitRef = useRef(form.submit);
  submitRef.current = form.submit;
  const lastError = form.lastError;
  useEffect(() => {
    if (!lastError?.issues) return;
    const list = lastError.issues;
    if (lastError.code === 'rule') setIssues(list);
    if (lastError.code === 'confirm') {
      setIssues((old) => [...(old ?? []).filter((i) => i.severity === 'blocking'), ...list]);
      void confirmWarnings(list).then((ok) => {
        if (!ok) return;
        confirmedRef.current = [...new Set([...confirmedRef.current, ...list.map((i) => i.code)])];
        void submitRef.current({ confirmed: confirmedRef.current });
      });
    }
  }, [lastError, confirmWarnings]);

  // Ctrl+S goes through the same path as the button (useForm's own shortcut would skip the check).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        e.stopPropagation();
        if (!document.querySelector('dialog[open]')) void saveRef.current();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  useEffect(() => {
    const first = !valuesRef.current.workerId ? 'f-workerId' : !valuesRef.current.clientId ? 'f-clientId' : 'f-taskKind';
    document.getElementById(first)?.focus();
  }, []);

  // ---------------------------------------------------------------- the fields
  const workerHelp = selectedWorker
    ? selectedWorker.passStatus === 'aucun'
      ? 'Pas de PASS IAE enregistré : aucune mission sans PASS valide.'
      : selectedWorker.passEnd
        ? `PASS IAE ${PASS_STATUS_LABELS[selectedWorker.passStatus].toLowerCase()}, fin le ${formatDate(selectedWorker.passEnd)}.`
        : `PASS IAE ${PASS_STATUS_LABELS[selectedWorker.passStatus].toLowerCase()}.`
    : workers.error ?? (workers.data ? undefined : 'Chargement de la liste…');
  const clientHelp = client
    ? `${labelOf(CLIENT_KINDS, client.kind)}${client.counts480 ? ' · ses heures comptent dans les 480 h' : ''}${client.hourlyRateCents !== null ? ` · taux ${formatMoney(client.hourlyRateCents)} / h` : ''}`
    : clients.error ?? (clients.data ? undefined : 'Chargement de la liste…');
  const orgRate = organisation ? formatMoney(organisation.defaultBilledRateCents) : null;
  const blocking = (issues ?? []).some((i) => i.severity === 'blocking');

  return (
    <section className="page">
      <header className="page-header">
        <h1>{title}</h1>
      </header>
      <Form form={form} label={title} className="placement-form" onSubmit={() => void save()}>
        <ErrorSummary form={form} />
        <FormSection title="Qui, chez qui, où">
          <SelectField
            {...form.field('workerId')}
            options={workerOptions}
            placeholder={workers.data ? '— Choisir le salarié —' : 'Chargement…'}
            required
            help={workerHelp}
          />
          <SelectField
            {...form.field('clientId')}
            onChange={onClientChange}
            options={clientOptions}
            placeholder={clients.data ? "— Choisir l'utilisateur —" : 'Chargement…'}
            required
            help={clientHelp}
          />
          <SelectField
            {...form.field('workAddressId')}
            options={placeOptions}
            placeholder={billingAddress ? `Adresse de facturation (${billingAddress})` : 'Adresse de facturation'}
            className="wide"
            help={client && client.workAddresses.length === 0 ? "Cet utilisateur n'a pas d'autre lieu de travail enregistré." : undefined}
          />
        </FormSection>
        <FormSection title="Le travail">
          <SelectField {...form.field('taskKind')} options={TASK_KINDS} placeholder="— Choisir la tâche —" required />
          <Field {...form.field('taskDetail')} help="Par exemple : entretien des haies, vitres du rez-de-chaussée." />
          <Field {...form.field('startDate')} kind="date" required placeholder="JJ/MM/AAAA" />
          <Field {...form.field('endDate')} kind="date" required placeholder="JJ/MM/AAAA" help="Figure au contrat de mise à disposition." />
          <Field {...form.field('plannedMinutes')} kind="hours" placeholder="ex. 35 ou 3h30" help="Pour toute la mission ; facultatif." />
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
          <div className="placement-buttons">
            <button type="submit" className="button button-primary" disabled={form.busy} aria-describedby={blocking ? 'placement-blocked' : undefined}>
              {form.busy ? 'Enregistrement…' : 'Enregistrer'}
            </button>
            <Link to={cancelTo} className="button">
              Annuler
            </Link>
            <span className="muted" id="placement-blocked">
              {blocking
                ? 'Corrigez ce qui bloque avant d’enregistrer.'
                : form.dirty
                  ? UNSAVED
                  : ''}
            </span>
          </div>
        </div>
      </Form>
    </section>
  );
}
