import { useState } from 'react';
import type { PassView, WorkerDetail } from '../../../db/contract/workers';
import { formatDate, parseDate } from '../../../db/base/format';
import { computePassEnd, PASS_LABELS, PROLONGATION_REASONS, SUSPENSION_REASONS, type PassPeriod, type PassReason } from '../../../db/contract/workers';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/Choice';
import { ErrorSummary, Form, InlineFormActions, useForm, type Values } from '../../components/form';
import { readAgain } from '../../components/stale';

// The PASS IAE form: number, start, the office's correction of the end date, and the
// suspensions and prolongations that push the end. The end date is recomputed as one types,
// with the State platform's arithmetic; the back end checks the caps.

interface PeriodRow {
  kind: 'suspension' | 'prolongation';
  reason: string;
  start: string;
  end: string;
}


function periodsToValues(periods: PeriodRow[]): Values {
  const v: Values = { periodCount: String(periods.length) };
  periods.forEach((p, i) => {
    v[`periods.${i}.kind`] = p.kind;
    v[`periods.${i}.reason`] = p.reason;
    v[`periods.${i}.start`] = p.start;
    v[`periods.${i}.end`] = p.end;
  });
  return v;
}

function valuesToPeriods(v: Values): PeriodRow[] {
  const n = Number(v.periodCount ?? '0');
  return Array.from({ length: n }, (_, i) => ({
    kind: (v[`periods.${i}.kind`] ?? 'suspension') as PeriodRow['kind'],
    reason: v[`periods.${i}.reason`] ?? '',
    start: v[`periods.${i}.start`] ?? '',
    end: v[`periods.${i}.end`] ?? '',
  }));
}

function initialValues(pass: PassView | null): Values {
  return {
    number: pass?.number ?? '',
    startDate: formatDate(pass?.startDate),
    endDateOverride: formatDate(pass?.endDateOverride),
    ...periodsToValues(
      (pass?.periods ?? []).map((p) => ({ kind: p.kind, reason: p.reason, start: formatDate(p.start), end: formatDate(p.end) })),
    ),
  };
}

export function PassEditor({
  worker,
  pass,
  onDone,
  onCancel,
}: {
  worker: WorkerDetail;
  pass: PassView | null;
  onDone(w: WorkerDetail): void;
  onCancel(): void;
}) {
  const form = useForm({
    call: 'workers.savePass',
    initial: initialValues(pass),
    version: pass?.version,
    latest: pass
      ? readAgain('workers.get', { id: worker.id }, (w) => {
          const now = w.passes.find((x) => x.id === pass.id);
          return now ? { values: initialValues(now), version: now.version } : null;
        })
      : undefined,
    toInput: (v, _extra, version) => ({
      workerId: worker.id,
      passId: pass?.id ?? null,
      version: pass ? version : null,
      number: v.number ?? '',
      startDate: v.startDate ?? '',
      endDateOverride: v.endDateOverride ?? '',
      periods: valuesToPeriods(v).map((p) => ({ ...p, reason: p.reason })),
    }),
    onSaved: onDone,
    savedMessage: 'PASS IAE enregistré',
    labels: PASS_LABELS,
  });
  const [, force] = useState(0);
  const v = form.values;
  const periods = valuesToPeriods(v);
  const setPeriods = (next: PeriodRow[]) => {
    const old = Number(v.periodCount ?? '0');
    for (let i = next.length; i < old; i++) for (const f of ['kind', 'reason', 'start', 'end']) form.setValue(`periods.${i}.${f}`, '');
    for (const [k, val] of Object.entries(periodsToValues(next))) form.setValue(k, val);
    force((n) => n + 1);
  };

  // What the end date will be, computed as the platform does, from what is typed so far.
  const startIso = parseDate(v.startDate ?? '');
  const readable: PassPeriod[] = periods.flatMap((p) => {
    const s = parseDate(p.start);
    const e = parseDate(p.end);
    return s && e && p.reason ? [{ kind: p.kind, reason: p.reason as PassReason, start: s, end: e }] : [];
  });
  const computed = startIso ? computePassEnd(startIso, readable) : null;

  return (
    <Form form={form} label="PASS IAE" className="inline-form">
      <ErrorSummary form={form} />
      <div className="form-grid">
        <Field {...form.field('number')} required help="12 chiffres ou lettres, tel qu'il figure sur la plateforme de l'inclusion." autoFocus />
        <Field {...form.field('startDate')} kind="date" required placeholder="JJ/MM/AAAA" />
        <p className="computed">
          Fin calculée : <strong>{computed ? formatDate(computed) : '—'}</strong>
          <span className="muted"> (début + 2 ans − 1 jour, repoussée par les suspensions et prolongations)</span>
        </p>
        <Field
          {...form.field('endDateOverride')}
          kind="date"
          placeholder="JJ/MM/AAAA"
          help="À remplir seulement si la plateforme de l'inclusion affiche une autre date de fin : elle fait foi."
        />
      </div>
      <h3>Suspensions et prolongations</h3>
      {periods.length === 0 && <p className="muted">Aucune.</p>}
      {periods.map((p, i) => {
        const reasons = p.kind === 'suspension' ? SUSPENSION_REASONS : PROLONGATION_REASONS;
        const n = i + 1;
        return (
          <div key={i} className="period-row" role="group" aria-label={`Période ${n}`}>
            <SelectField
              name={`periods.${i}.kind`}
              label={`Période ${n} : type`}
              value={p.kind}
              options={[
                { code: 'suspension', label: 'Suspension' },
                { code: 'prolongation', label: 'Prolongation' },
              ]}
              onChange={(x) => setPeriods(periods.map((q, j) => (j === i ? { ...q, kind: x as PeriodRow['kind'], reason: '' } : q)))}
            />
            <SelectField {...form.field(`periods.${i}.reason`, `Période ${n} : motif`)} options={reasons} placeholder="— Choisir —" />
            <Field {...form.field(`periods.${i}.start`, `Période ${n} : début`)} kind="date" placeholder="JJ/MM/AAAA" />
            <Field {...form.field(`periods.${i}.end`, `Période ${n} : fin`)} kind="date" placeholder="JJ/MM/AAAA" />
            <button type="button" className="button" onClick={() => setPeriods(periods.filter((_, j) => j !== i))}>
              Retirer la période {n}
            </button>
          </div>
        );
      })}
      <button type="button" className="button" onClick={() => setPeriods([...periods, { kind: 'suspension', reason: '', start: '', end: '' }])}>
        Ajouter une suspension ou une prolongation
      </button>
      <InlineFormActions form={form} saveLabel="Enregistrer le PASS IAE" onCancel={onCancel} />
    </Form>
  );
}
