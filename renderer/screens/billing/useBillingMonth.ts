import { useState } from 'react';
import type { CallName, Input } from '../../../db/contract';
import { formatMonth } from '../../../db/base/format';
import { errorText, send } from '../../api/client';
import { useFeedback } from '../../components/feedback';
import { useList } from '../../components/useList';

// The state of the month's invoicing: what the back end says of the month (drafts, issued
// invoices, differences), and the actions on it, each answered by a short message then a reload.

export function useBillingMonth(month: string) {
  const { data, error, loading, reload } = useList('invoices.month', { month }, 0);
  const { toast } = useFeedback();
  const [busy, setBusy] = useState(false);

  /** Runs one call; on success says `done` (or what it returns) and reloads the month. */
  async function act<K extends CallName>(call: K, input: Input<K>, done: string | ((value: unknown) => string)): Promise<boolean> {
    if (busy) return false;
    setBusy(true);
    try {
      const r = await send(call, input);
      if (!r.ok) {
        toast(errorText(r.error, true), 'error');
        return false;
      }
      toast(typeof done === 'string' ? done : done(r.value));
      reload();
      return true;
    } finally {
      setBusy(false);
    }
  }

  const label = formatMonth(month);
  return {
    data,
    error,
    loading,
    busy,
    reload,
    prepare: () => act('invoices.prepare', { month }, (v) => `${(v as { drafts: number }).drafts} brouillon(s) préparé(s) pour ${label}`),
    regenerate: (id: number) => act('invoices.regenerateDraft', { id }, 'Brouillon régénéré à partir des heures'),
    setExcluded: (id: number, excluded: boolean) =>
      act('invoices.setDraftExcluded', { id, excluded }, excluded ? 'Brouillon laissé de côté' : 'Brouillon repris'),
    setMembership: (id: number, include: boolean) =>
      act('invoices.setDraftMembership', { id, include }, include ? 'Ligne d’adhésion ajoutée' : 'Ligne d’adhésion retirée'),
    issue: (issuedOn: string) => act('invoices.issue', { month, issuedOn, ids: null }, (v) => numbersText((v as { numbers: string[] }).numbers)),
    settle: (clientId: number, issuedOn: string) =>
      act('invoices.settleDifference', { month, clientId, issuedOn }, (v) => `Régularisation émise : ${(v as { numbers: string[] }).numbers.join(', ')}`),
  };
}

export type BillingMonthState = ReturnType<typeof useBillingMonth>;

function numbersText(numbers: string[]): string {
  if (numbers.length === 1) return `Facture ${numbers[0]} émise`;
  return `${numbers.length} factures émises (${numbers[0]} à ${numbers[numbers.length - 1]})`;
}
