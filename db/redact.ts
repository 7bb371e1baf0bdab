import type { CallName, Output } from './contract';
import { SENSITIVE_CRITERIA, seesSensitiveCriteria, type Role } from './contract/roles';
import type { DiagnosisView, WorkerDetail } from './contract/workers';

// What a role may not see is taken out of the answer by the back end, not hidden by a screen.
// The chargé·e de mission places workers but does not follow them: a diagnosis reaches that
// role without its health and justice criteria (RQTH, AAH, justice: SENSITIVE_CRITERIA). The
// diagnosis's verdict (eligible or not) stays, as a placement depends on it.

const SENSITIVE: ReadonlySet<string> = new Set(SENSITIVE_CRITERIA);

function withoutSensitive(d: DiagnosisView): DiagnosisView {
  const criteria = d.criteria.filter((c) => !SENSITIVE.has(c));
  return criteria.length === d.criteria.length ? d : { ...d, criteria, hiddenCriteria: d.criteria.length - criteria.length };
}

function workerDetail(w: WorkerDetail): WorkerDetail {
  return { ...w, diagnoses: w.diagnoses.map(withoutSensitive) };
}

type Redactor<K extends CallName> = (value: Output<K>) => Output<K>;

/** Per call, what the roles that may not see sensitive criteria receive instead. */
const CRITERIA_REDACTORS: { [K in CallName]?: Redactor<K> } = {
  'workers.get': workerDetail,
  'workers.savePass': workerDetail,
  'workers.addDiagnosis': workerDetail,
};

export function redact(name: CallName, value: unknown, role: Role): unknown {
  if (seesSensitiveCriteria(role)) return value;
  const redactor = CRITERIA_REDACTORS[name] as ((v: unknown) => unknown) | undefined;
  return redactor ? redactor(value) : value;
}
