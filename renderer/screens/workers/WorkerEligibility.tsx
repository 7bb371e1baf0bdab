import { criterionLabel, type WorkerDetail } from '../../../db/contract/workers';
import { formatDate } from '../../../db/base/format';
import { Badge } from '../../components/Badge';
import { useAccount } from '../../auth/account';
import { DiagnosisForm } from './DiagnosisForm';

// The worker's eligibility diagnoses. A role that may not see health and justice criteria gets
// them without (the back end holds them back, db/redact.ts): the page says some are not shown.
// Adding a diagnosis is for the roles that follow workers.

export function WorkerEligibility({
  worker: w,
  editing,
  onEdit,
  onSaved,
}: {
  worker: WorkerDetail;
  editing: boolean;
  onEdit(on: boolean): void;
  onSaved(w: WorkerDetail): void;
}) {
  const { can } = useAccount();
  return (
    <section className="record-section" aria-labelledby="s-eligibilite">
      <h2 id="s-eligibilite">Éligibilité</h2>
      {w.diagnoses.length === 0 && !editing && <p className="muted">Aucun diagnostic enregistré.</p>}
      {w.diagnoses.map((d) => (
        <div key={d.id} className="diagnosis">
          <p>
            <strong>Diagnostic du {formatDate(d.date)}</strong> {d.authorKind === 'prescripteur' ? 'par un prescripteur habilité' : "par l'association"}
            {d.authorName && ` (${d.authorName})`} : <Badge tone={d.eligible ? 'ok' : 'danger'}>{d.eligible ? 'Éligible' : 'Non éligible'}</Badge>
          </p>
          <p className="muted">{d.reason}</p>
          {d.criteria.length > 0 && <p>Critères : {d.criteria.map(criterionLabel).join(', ')}.</p>}
          {d.hiddenCriteria !== undefined && (
            <p className="muted">
              {d.hiddenCriteria === 1 ? 'Un autre critère (santé ou justice) n’est visible' : `${d.hiddenCriteria} autres critères (santé ou justice) ne sont visibles`} que
              par la direction et les conseillers en insertion.
            </p>
          )}
        </div>
      ))}
      {editing ? (
        <DiagnosisForm
          worker={w}
          onDone={(x) => {
            onSaved(x);
            onEdit(false);
          }}
          onCancel={() => onEdit(false)}
        />
      ) : (
        can('diagnoses.write') && (
          <button type="button" className="button" onClick={() => onEdit(true)}>
            Ajouter un diagnostic
          </button>
        )
      )}
    </section>
  );
}
