import { useState } from 'react';
import type { PlacementStatus } from '../../../db/contract/placements';
import { PLACEMENT_STATUSES, PPE_SUPPLIERS } from '../../../db/contract/placements';
import { de, formatDate, formatDateTime, formatHours, formatMoney } from '../../../db/base/format';
import { CLIENT_KINDS, labelOf, TASK_KINDS } from '../../../db/contract/reference';
import { errorText, send } from '../../api/client';
import { PassBadge } from '../../components/Badge';
import { Fact } from '../../components/Facts';
import { useFeedback, type ConfirmOptions } from '../../components/feedback';
import { LoadState } from '../../components/Loading';
import { useRecord } from '../../components/useList';
import { Link } from '../../router';
import { IfAllowed } from '../NotAllowed';
import { IssueBanners, PlacementStatusBadge } from './common';
import { DocumentActions } from '../../print/DocumentActions';

export function PlacementPage({ id }: { id: number }) {
  const { confirm, toast } = useFeedback();
  const { data: placement, error, reload } = useRecord('placements.get', id);
  const [busy, setBusy] = useState(false);

  if (error || !placement) return <LoadState error={error} />;
  const p = placement;
  const period = `du ${formatDate(p.startDate)} au ${formatDate(p.endDate)}`;

  const setStatus = async (status: PlacementStatus, message: string) => {
    setBusy(true);
    const r = await send('placements.setStatus', { id: p.id, version: p.version, status });
    setBusy(false);
    if (!r.ok) {
      // Saved elsewhere meanwhile: the page shows the mission as it is now, to decide again.
      if (r.error.code === 'stale') {
        toast('La mission a été modifiée entre-temps : la page montre maintenant ce qui est enregistré. Refaites votre choix si besoin.', 'error');
        reload();
      } else toast(errorText(r.error), 'error');
      return;
    }
    toast(message);
    reload();
  };

  /** Asks before the mission ends or is cancelled: what it becomes, and what stays of it. */
  const askStatus = async (
    status: 'terminee' | 'annulee',
    { keeps, ...ask }: Omit<ConfirmOptions, 'body'> & { keeps: string },
    done: string,
  ) => {
    const ok = await confirm({
      ...ask,
      body: (
        <>
          <p>
            La mission {de(p.workerName)} chez {p.clientName} ({period}) passera au statut « {labelOf(PLACEMENT_STATUSES, status)} ».
          </p>
          <p>{keeps}</p>
        </>
      ),
    });
    if (ok) await setStatus(status, done);
  };

  const finish = () =>
    askStatus(
      'terminee',
      {
        title: 'Marquer la mission terminée ?',
        keeps: `Rien n'est effacé : les heures déjà saisies (${formatHours(p.workedMinutes)}) sont conservées. Le changement est inscrit au journal ; vous pourrez revenir en arrière depuis « Modifier ».`,
        confirmLabel: 'Marquer terminée',
        cancelLabel: 'Ne rien changer',
      },
      'Mission marquée terminée',
    );

  const cancel = () => {
    const hours = p.workedMinutes > 0 ? `Les ${formatHours(p.workedMinutes)} déjà saisies ne sont pas effacées.` : 'Aucune heure n’a été saisie sur cette mission.';
    return askStatus(
      'annulee',
      {
        title: 'Annuler cette mission ?',
        keeps: `${hours} Rien n'est supprimé ; le changement est inscrit au journal et pourra être défait depuis « Modifier ».`,
        confirmLabel: 'Annuler la mission',
        cancelLabel: 'Garder la mission',
        danger: true,
      },
      'Mission annulée',
    );
  };

  const open = p.status === 'prevue' || p.status === 'en_cours';
  const supplier = labelOf(PPE_SUPPLIERS, p.ppeSuppliedBy);

  return (
    <section className="page">
      <header className="page-header record-header">
        <div>
          <h1>
            Mission : {p.workerName} chez {p.clientName}
          </h1>
          <p className="record-badges">
            <PlacementStatusBadge status={p.status} /> <span className="muted">n° {p.id} · {period}</span>
          </p>
        </div>
        <div className="actions">
          <IfAllowed to="placements.write">
            <Link to={`/missions/${p.id}/modifier`} className="button button-primary">
              Modifier
            </Link>
          </IfAllowed>
          <DocumentActions
            doc={{ route: `/print/contrat/${p.id}`, fileName: `contrat-mise-a-disposition-${p.id}.pdf` }}
            printLabel="Imprimer le contrat"
            pdfLabel="Contrat en PDF"
          />
          {p.status === 'prevue' && (
            <button type="button" className="button" disabled={busy} onClick={() => void setStatus('en_cours', 'Mission passée en cours')}>
              Marquer en cours
            </button>
          )}
          {open && (
            <button type="button" className="button" disabled={busy} onClick={() => void finish()}>
              Marquer terminée
            </button>
          )}
          {open && (
            <button type="button" className="button button-danger-outline" disabled={busy} onClick={() => void cancel()}>
              Annuler la mission
            </button>
          )}
        </div>
      </header>

      <IssueBanners issues={p.issues} blockingLead="À régler : cette mission ne respecte plus les règles." warningLead="À surveiller :" />

      <section className="record-section" aria-labelledby="s-mission">
        <h2 id="s-mission">La mission</h2>
        <dl className="facts">
          <Fact label="Salarié">
            <Link to={`/salaries/${p.workerId}`}>{p.workerName}</Link> <PassBadge status={p.workerPassStatus} />
            {p.workerPassEnd && <span className="muted"> fin le {formatDate(p.workerPassEnd)}</span>}
          </Fact>
          <Fact label="Utilisateur">
            <Link to={`/utilisateurs/${p.clientId}`}>{p.clientName}</Link>{' '}
            <span className="muted">
              ({labelOf(CLIENT_KINDS, p.clientKind)}
              {p.clientCounts480 ? ', heures comptées dans les 480 h' : ''})
            </span>
          </Fact>
          <Fact label="Tâche">
            {labelOf(TASK_KINDS, p.taskKind)}
            {p.taskDetail && ` : ${p.taskDetail}`}
          </Fact>
          <Fact label="Lieu de travail">{p.place}</Fact>
          <Fact label="Dates">{period}</Fact>
          <Fact label="Statut">{labelOf(PLACEMENT_STATUSES, p.status)}</Fact>
        </dl>
      </section>

      <section className="record-section" aria-labelledby="s-heures">
        <h2 id="s-heures">Heures et taux</h2>
        <dl className="facts">
          <Fact label="Heures prévues">{p.plannedMinutes !== null ? formatHours(p.plannedMinutes) : 'non précisées'}</Fact>
          <Fact label="Heures saisies">
            {formatHours(p.workedMinutes)}
            {p.plannedMinutes !== null && p.plannedMinutes > 0 && p.workedMinutes > p.plannedMinutes && (
              <span className="muted"> (au-delà des heures prévues)</span>
            )}
          </Fact>
          <Fact label="Taux horaire facturé">{formatMoney(p.billedRateCents)} / h</Fact>
          <Fact label="Salaire horaire">{formatMoney(p.wageRateCents)} brut / h</Fact>
        </dl>
      </section>

      <section className="record-section" aria-labelledby="s-epi">
        <h2 id="s-epi">Équipements de protection</h2>
        <dl className="facts">
          <Fact label="EPI nécessaires">{p.ppeNeeded ?? 'aucun'}</Fact>
          {p.ppeNeeded && <Fact label="Fournis par">{supplier}</Fact>}
        </dl>
      </section>

      <section className="record-section" aria-labelledby="s-notes">
        <h2 id="s-notes">Notes et historique</h2>
        <dl className="facts">
          <Fact label="Notes">{p.notes}</Fact>
          <Fact label="Créée le">{formatDateTime(p.createdAt)}</Fact>
          <Fact label="Modifiée le">{formatDateTime(p.updatedAt)}</Fact>
        </dl>
      </section>
    </section>
  );
}
