import { useEffect, useMemo, useRef, useState } from 'react';
import type { ClientDetail } from '../../../db/contract/clients';
import type { Organisation } from '../../../db/contract/settings';
import { formatAddress, formatMoneyInput } from '../../../db/base/format';
import { CLIENT_KINDS, labelOf, type Choice } from '../../../db/contract/reference';
import { send } from '../../api/client';
import { useFeedback } from '../../components/feedback';
import type { Values } from '../../components/form';
import { useLatest } from '../../components/useLatest';
import { useList } from '../../components/useList';
import { clientHelp, defaultBilledRate, workerChoiceLabel, workerHelp, workerNotices, type WorkerChoice } from './placement-values';
import { todayIso } from '../../../db/base/dates';

// Who, for whom, where: the lists the placement form chooses from (active workers and clients,
// plus an archived one the placement already names), the client chosen with its places of
// work, and the billed rate that follows the client until someone types one.

interface ChoicesOptions {
  values: Values;
  setValue(name: string, value: string): void;
  /** The client the form opened with (loaded by the parent), until another is picked. */
  initialClient: ClientDetail | null;
  organisation: Organisation | null;
  /** The billed rate the form opened with when it came from the client (a new placement). */
  autoFilledRate: string;
}

export function usePlacementChoices({ values, setValue, initialClient, organisation, autoFilledRate }: ChoicesOptions) {
  const { toast } = useFeedback();
  const workers = useList('workers.list', { archived: 'actifs' });
  const clients = useList('clients.list', { archived: 'actifs' });
  const [extraWorker, setExtraWorker] = useState<WorkerChoice | null>(null);
  const workerRows = useMemo(() => workers.data?.rows ?? [], [workers.data]);
  const wantedWorker = values.workerId;
  const selectedWorker =
    workerRows.find((w) => String(w.id) === wantedWorker) ?? (extraWorker && String(extraWorker.id) === wantedWorker ? extraWorker : null);

  const workerOptions = useMemo<Choice[]>(() => {
    // Workers who left their path are not offered, unless the placement already names one.
    const rows: WorkerChoice[] = workerRows.filter((w) => w.status !== 'sorti' || String(w.id) === wantedWorker);
    if (extraWorker && !rows.some((w) => w.id === extraWorker.id)) rows.push(extraWorker);
    return rows.map((w) => ({ code: String(w.id), label: workerChoiceLabel(w) }));
  }, [workerRows, extraWorker, wantedWorker]);

  // A worker named by the address or by the placement but not in the active list (archived).
  useEffect(() => {
    if (!workers.data || !wantedWorker || workerRows.some((w) => String(w.id) === wantedWorker)) return;
    let live = true;
    void send('workers.get', { id: Number(wantedWorker) }).then((r) => {
      if (!live || !r.ok) return;
      setExtraWorker({
        id: r.value.id,
        name: `${r.value.name} (archivé)`,
        passStatus: r.value.currentPass?.status ?? 'aucun',
        passEnd: r.value.currentPass?.end ?? null,
        permitExpiry: r.value.nationality === 'hors_ue' ? r.value.permitExpiry : null,
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

  const [chosen, setChosen] = useState<{ client: ClientDetail | null } | null>(null);
  const client = chosen ? chosen.client : initialClient;
  const setClient = (c: ClientDetail | null) => setChosen({ client: c });
  const clientTicket = useRef(0);
  const lastAutoRate = useRef(autoFilledRate);
  /** The billed rate as typed now (the client's answer comes back after a moment). */
  const billedRate = useLatest(values.billedRateCents ?? '');

  const onClientChange = (value: string) => {
    setValue('clientId', value);
    setValue('workAddressId', '');
    const ticket = ++clientTicket.current;
    if (!value) return setClient(null);
    void send('clients.get', { id: Number(value) }).then((r) => {
      if (ticket !== clientTicket.current) return;
      if (!r.ok) {
        setClient(null);
        toast(r.error.message, 'error');
        return;
      }
      setClient(r.value);
      // The billed rate follows the client while nobody typed one.
      const current = billedRate.current.trim();
      const rate = formatMoneyInput(defaultBilledRate(r.value, organisation));
      if (rate && (current === '' || current === lastAutoRate.current)) {
        setValue('billedRateCents', rate);
        lastAutoRate.current = rate;
      }
    });
  };

  const placeOptions = useMemo<Choice[]>(
    () => (client ? client.workAddresses.map((a) => ({ code: String(a.id), label: `${a.label} : ${formatAddress(a)}` })) : []),
    [client],
  );

  return {
    workerSelect: partySelect(workers, workerOptions, '— Choisir le salarié —', selectedWorker ? workerHelp(selectedWorker) : undefined),
    workerNotices: selectedWorker ? workerNotices(selectedWorker, todayIso()) : [],
    clientSelect: { ...partySelect(clients, clientOptions, "— Choisir l'utilisateur —", client ? clientHelp(client) : undefined), onChange: onClientChange },
    client,
    placeOptions,
    billingAddress: client ? formatAddress(client) : '',
  };
}

/**
 * The props of the worker's or the client's select: « Chargement… » until its list is read,
 * and under it what is known of the one chosen, or else the list's state.
 */
function partySelect(list: { data: unknown; error: string | null }, options: Choice[], placeholder: string, chosenHelp: string | undefined) {
  return {
    options,
    placeholder: list.data !== null ? placeholder : 'Chargement…',
    help: chosenHelp ?? list.error ?? (list.data ? undefined : 'Chargement de la liste…'),
  };
}
