import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Input } from '../../../db/contract';
import { issueText, type ApiError, type RuleIssue } from '../../../db/contract/result';
import { precheck, send } from '../../api/client';
import { useFeedback } from '../../components/feedback';
import type { Values } from '../../components/form';
import { useLatest } from '../../components/useLatest';
import { checkInput, toPlacement } from './placement-values';

// The rules of a placement (PASS IAE, titre de séjour, 480 h, licenciement économique, adhésion,
// territoire…), asked of the back end while the worker, client, task and dates are typed, and
// again on saving: the warnings are confirmed first, what blocks is refused. The back end still
// has the last word (it may refuse or ask again if something changed meanwhile): `refused`.

const CHECK_DELAY_MS = 300;

/** What the form asks of the save: its values, and its own submit with the confirmed warnings. */
interface RulesOptions {
  values: Values;
  placementId: number | null;
  busy: boolean;
  submit(extra: { confirmed: string[] }): Promise<unknown>;
}

/** The rules' answer, with the question it answers (the check's input, as JSON). */
interface Answer {
  key: string;
  issues: RuleIssue[] | null;
}

function WarningsBody({ warnings }: { warnings: RuleIssue[] }) {
  return (
    <>
      <p>{warnings.length > 1 ? 'Les règles signalent ces avertissements :' : 'Les règles signalent cet avertissement :'}</p>
      <ul className="confirm-issues">
        {warnings.map((w) => (
          <li key={`${w.code}-${w.message}`}>{issueText(w)}</li>
        ))}
      </ul>
      <p>Si vous enregistrez, la mission est enregistrée telle quelle ; votre confirmation (qui, quand) est gardée avec la mission et inscrite au journal, et ne sera plus demandée.</p>
    </>
  );
}

export function usePlacementRules({ values, placementId, busy, submit }: RulesOptions) {
  const { confirm, toast } = useFeedback();
  const check = useMemo(() => checkInput(values, placementId), [values, placementId]);
  const checkKey = check ? JSON.stringify(check) : '';
  const [answer, setAnswer] = useState<Answer | null>(null);
  // A question that cannot be asked yet (a date half typed) forgets the last answer.
  const [asked, setAsked] = useState(checkKey);
  if (asked !== checkKey) {
    setAsked(checkKey);
    if (checkKey === '') setAnswer(null);
  }
  const checkTicket = useRef(0);

  useEffect(() => {
    const ticket = ++checkTicket.current;
    if (!checkKey) return;
    const timer = window.setTimeout(async () => {
      const r = await send('placements.check', JSON.parse(checkKey) as Input<'placements.check'>);
      if (ticket !== checkTicket.current) return;
      // A refused check (a record deleted meanwhile…) says nothing here: saving will.
      setAnswer({ key: checkKey, issues: r.ok ? r.value : null });
    }, CHECK_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [checkKey]);

  const issues = checkKey === '' ? null : (answer?.issues ?? null);
  /** While the rules are asked; the last answer stays on screen meanwhile. */
  const checking = checkKey !== '' && answer?.key !== checkKey;

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
  const latestSubmit = useLatest(submit);

  const save = async () => {
    if (saving.current || busy) return;
    saving.current = true;
    try {
      const placement = toPlacement(values);
      // Field errors first: the form shows them and focuses the first one.
      if (precheck('placements.check', { placement, id: null })) {
        await submit({ confirmed: [] });
        return;
      }
      // Then the rules as they stand now, so that warnings are confirmed before the save.
      checkTicket.current++;
      const r = await send('placements.check', { placement, id: placementId });
      setAnswer((old) => ({ key: checkKey, issues: r.ok ? r.value : (old?.issues ?? null) }));
      let confirmed: string[] = [];
      if (r.ok) {
        if (r.value.some((i) => i.severity === 'blocking')) {
          toast('Mission non enregistrée : corrigez d’abord ce qui est signalé en rouge.', 'error');
          return;
        }
        // A warning confirmed on this placement before is not asked again.
        const warnings = r.value.filter((i) => i.severity === 'warning' && !i.confirmation);
        if (warnings.length > 0) {
          if (!(await confirmWarnings(warnings))) return;
          confirmed = warnings.map((w) => w.code);
        }
      }
      confirmedRef.current = confirmed;
      await submit({ confirmed });
    } finally {
      saving.current = false;
    }
  };

  /** The back end refused (`rule`) or asks to confirm (`confirm`) what the check did not see. */
  const refused = (error: ApiError) => {
    const list = error.issues;
    if (!list) return;
    if (error.code === 'rule') setAnswer({ key: checkKey, issues: list });
    if (error.code !== 'confirm') return;
    setAnswer((old) => ({ key: checkKey, issues: [...(old?.issues ?? []).filter((i) => i.severity === 'blocking'), ...list] }));
    void confirmWarnings(list).then((ok) => {
      if (!ok) return;
      confirmedRef.current = [...new Set([...confirmedRef.current, ...list.map((i) => i.code)])];
      void latestSubmit.current({ confirmed: confirmedRef.current });
    });
  };

  // Ctrl+S goes through the same path as the button (useForm's own shortcut would skip the check).
  const latestSave = useLatest(save);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        e.stopPropagation();
        if (!document.querySelector('dialog[open]')) void latestSave.current();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [latestSave]);

  return { issues, checking, blocking: (issues ?? []).some((i) => i.severity === 'blocking'), save, refused };
}
