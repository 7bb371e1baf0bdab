import { useState } from 'react';
import { earlyClosing, type MonthGrid } from '../../../db/contract/hours';
import { deMonth, formatMonth } from '../../../db/base/format';
import { todayIso } from '../../../db/base/dates';
import { errorText, send } from '../../api/client';
import { useFeedback } from '../../components/feedback';
import { CloseMonthBody } from './ReopenDialog';

// Closing and reopening the month shown. Closing asks first what it means; a month that has not
// ended yet is said so in the question, and the back end asks for that confirmation too.

interface Options {
  grid: MonthGrid | null;
  month: string;
  /** Cells changed and not saved in the month shown. */
  pending: number;
  flush(): void;
  reload(): void;
}

export function useCloseMonth({ grid, month, pending, flush, reload }: Options) {
  const { toast, confirm } = useFeedback();
  const [reopening, setReopening] = useState(false);

  const ask = (label: string, early: string | null) =>
    confirm({
      title: early ? `Clôturer le mois ${deMonth(month)} avant sa fin ?` : `Clôturer le mois ${deMonth(month)} ?`,
      body: <CloseMonthBody label={label} early={early} />,
      confirmLabel: early ? 'Clôturer quand même' : 'Clôturer le mois',
      cancelLabel: 'Annuler',
    });

  const closeMonth = async () => {
    flush();
    if (!grid || grid.month !== month) return;
    if (pending > 0) return toast('Enregistrez (ou abandonnez) les heures modifiées avant de clôturer le mois.', 'error');
    const label = formatMonth(month);
    let early = earlyClosing(month, todayIso());
    if (!(await ask(label, early))) return;
    let r = await send('hours.closeMonth', { month, confirmed: early ? ['mois_non_termine'] : [] });
    // The back end's day may differ from this computer's: it says so, and asks in turn.
    if (!r.ok && r.error.code === 'confirm') {
      early = r.error.message;
      if (!(await ask(label, early))) return;
      r = await send('hours.closeMonth', { month, confirmed: ['mois_non_termine'] });
    }
    if (!r.ok) return toast(errorText(r.error), 'error');
    toast(`Mois ${deMonth(month)} clôturé`);
    reload();
  };

  const reopened = () => {
    setReopening(false);
    toast(`Mois ${deMonth(month)} rouvert : les heures peuvent être modifiées`);
    reload();
  };

  return { closeMonth, reopening, setReopening, reopened };
}
