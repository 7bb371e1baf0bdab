import { useState, type FormEvent } from 'react';
import { formatDate, parseDate } from '../../../../db/base/format';
import { todayIso } from '../../../../db/base/dates';
import { yearPeriod } from '../../../../db/contract/annual-report';
import { Field } from '../../../components/Field';
import { useRouter } from '../../../router';
import { reportPath, yearOf, type Period } from './report-period';

// Choosing the report's period: one of the last years in one click, or any dates typed in French.

export function PeriodForm({ period }: { period: Period }) {
  const { navigate } = useRouter();
  const [from, setFrom] = useState(formatDate(period.from));
  const [to, setTo] = useState(formatDate(period.to));
  const [error, setError] = useState<string | null>(null);
  const thisYear = Number(todayIso().slice(0, 4));
  const years = [thisYear, thisYear - 1, thisYear - 2];
  const current = yearOf(period);

  const show = (e: FormEvent) => {
    e.preventDefault();
    const f = parseDate(from);
    const t = parseDate(to);
    if (!f || !t) return setError('Tapez deux dates, par exemple 01/01/2026 et 30/06/2026.');
    if (t < f) return setError('La fin de la période ne peut pas précéder son début.');
    setError(null);
    navigate(reportPath({ from: f, to: t }));
  };

  return (
    <form className="report-period no-print" onSubmit={show} aria-label="Période du rapport">
      <div className="report-years" role="group" aria-label="Année">
        {years.map((y) => (
          <button key={y} type="button" className={`button ${current === y ? 'button-primary' : ''}`} aria-pressed={current === y} onClick={() => navigate(reportPath(yearPeriod(y)))}>
            {y}
          </button>
        ))}
      </div>
      <Field name="du" label="Du" kind="date" value={from} onChange={setFrom} />
      <Field name="au" label="Au" kind="date" value={to} onChange={setTo} />
      <button type="submit" className="button">
        Afficher la période
      </button>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
