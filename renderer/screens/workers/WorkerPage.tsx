import { useState } from 'react';
import {
  type Notice,
  type WorkerDetail,
  passNotice,
  passReasonLabel,
  permitNotice,
  type PassReason,
} from '../../../db/contract/workers';
import { WORKER_NAME_PARTS } from '../../../db/contract/worker-fields';
import { formatAddress, formatDate, formatHours, formatMonth, formatNir, formatPassNumber, formatPhone } from '../../../db/base/format';
import {
  CIVILITIES,
  EDUCATION_LEVELS,
  labelOf,
  NATIONALITIES,
  ORIENTEURS,
  TASK_KINDS,
  WORKER_STATUSES,
} from '../../../db/contract/reference';
import { todayIso } from '../../../db/base/dates';
import { Badge, NoticeBanners, PassBadge } from '../../components/Badge';
import { Fact } from '../../components/Facts';
import { LoadState } from '../../components/Loading';
import { ArchivedBadge, RecordActions } from '../../components/RecordActions';
import { useRecord } from '../../components/useList';
import { Link } from '../../router';
import { PassEditor } from './PassEditor';
import { WorkerEligibility } from './WorkerEligibility';
import { PersonalDataActions } from './PersonalDataActions';
import { WORKER_LABELS } from './WorkerForm';
import { PlacementsPanel } from '../placements/PlacementsPanel';
import { SupportSection } from '../support/SupportSection';

/** What needs attention on this worker (PASS IAE, titre de séjour), shown as banners at the top of the page. */
function attention(w: WorkerDetail, today: string): Notice[] {
  // A worker who left needs nothing renewed.
  if (w.status === 'sorti') return [];
  const out: Notice[] = [];
  if (!w.currentPass) {
    out.push({
      tone: 'warning',
      text: "Pas de PASS IAE enregistré : aucune mission n'est possible sans PASS valide.",
      advice: "Enregistrez-le dans la section PASS IAE dès que la plateforme de l'inclusion l'a délivré.",
    });
  }
  for (const n of [passNotice(w.currentPass, today), permitNotice(w.nationality, w.permitExpiry, today)]) if (n) out.push(n);
  return out;
}

/** The 480-hour counter with entreprise clients: used, left, and when the window ends. */
function Counter480({ worker }: { worker: WorkerDetail }) {
  const c = worker.hours480;
  if (!c) return <p>Compteur des 480 heures : aucune mission en entreprise pour l'instant.</p>;
  const tone = c.leftMinutes === 0 ? 'danger' : c.usedMinutes >= 400 * 60 ? 'warn' : 'ok';
  // Over 24 rolling months, the period always ends today: only a fixed window can be over.
  if (c.mode === 'fenetre' && c.windowEnd < todayIso()) {
    return (
      <p>
        <strong>480 heures en entreprise :</strong> la période de 24 mois ouverte le {formatDate(c.windowStart)} s'est terminée le{' '}
        {formatDate(c.windowEnd)} ({formatHours(c.usedMinutes)} utilisées). La prochaine mission en entreprise ouvrira une nouvelle
        période de 480 heures.
      </p>
    );
  }
  return (
    <div className="counter-480" role="group" aria-label="Compteur des 480 heures">
      {c.mode === 'glissante' ? (
        <p>
          <strong>480 heures en entreprise :</strong> <Badge tone={tone}>{formatHours(c.usedMinutes)} utilisées</Badge> · il reste{' '}
          <strong>{formatHours(c.leftMinutes)}</strong> sur les 24 derniers mois (depuis le <strong>{formatDate(c.windowStart)}</strong>)
          <span className="muted"> (24 mois glissants)</span>
        </p>
      ) : (
        <p>
          <strong>480 heures en entreprise :</strong> <Badge tone={tone}>{formatHours(c.usedMinutes)} utilisées</Badge> · il reste{' '}
          <strong>{formatHours(c.leftMinutes)}</strong> jusqu'au <strong>{formatDate(c.windowEnd)}</strong>
          <span className="muted"> (période de 24 mois ouverte le {formatDate(c.windowStart)})</span>
        </p>
      )}
      <div className="gauge" aria-hidden="true">
        <div className={`gauge-fill gauge-${tone}`} style={{ width: `${Math.min(100, (c.usedMinutes / (480 * 60)) * 100)}%` }} />
      </div>
    </div>
  );
}

/** The worker's hours: the 480-hour counter, and the hours of each month (with a link to its grid). */
function WorkerHours({ worker: w }: { worker: WorkerDetail }) {
  return (
    <section className="record-section" aria-labelledby="s-heures">
      <h2 id="s-heures">Heures</h2>
      <Counter480 worker={w} />
      {w.hoursByMonth.length === 0 ? (
        <p className="muted">Aucune heure saisie.</p>
      ) : (
        <table className="simple-table" aria-label="Heures par mois">
          <thead>
            <tr>
              <th>Mois</th>
              <th className="num">Heures</th>
              <th className="num">dont en entreprise (480 h)</th>
            </tr>
          </thead>
          <tbody>
            {w.hoursByMonth.map((m) => (
              <tr key={m.month}>
                <td>
                  <Link to={`/heures?mois=${m.month}`}>{formatMonth(m.month)}</Link>
                </td>
                <td className="num">{formatHours(m.minutes)}</td>
                <td className="num">{formatHours(m.countingMinutes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function WorkerPage({ id }: { id: number }) {
  const { data: worker, error, reload, set: setWorker } = useRecord('workers.get', id);
  const [editing, setEditing] = useState<'pass' | 'newPass' | 'diagnosis' | null>(null);

  if (error || !worker) return <LoadState error={error} />;
  const w = worker;
  const today = todayIso();
  const banners = attention(w, today);

  return (
    <section className="page">
      <header className="page-header record-header">
        <div>
          <h1>
            {labelOf(CIVILITIES, w.civility)} {w.name}
          </h1>
          <p className="record-badges">
            <Badge tone={w.status === 'en_parcours' ? 'ok' : w.status === 'candidat' ? 'info' : 'neutral'}>
              {labelOf(WORKER_STATUSES, w.status)}
            </Badge>{' '}
            <PassBadge status={w.currentPass?.status ?? 'aucun'} />
            <ArchivedBadge record={w} />
          </p>
        </div>
        <RecordActions
          kind="workers"
          record={w}
          listPath="/salaries"
          archiveBody={`${w.name} n'apparaîtra plus dans la liste des fiches actives. Rien n'est effacé : la fiche reste consultable dans les fiches archivées et peut être désarchivée.`}
          onChanged={reload}
        />
      </header>

      <NoticeBanners notices={banners} />

      <section className="record-section" aria-labelledby="s-identite">
        <h2 id="s-identite">Identité</h2>
        <dl className="facts">
          {WORKER_NAME_PARTS.map((part) => (
            <Fact key={part} label={WORKER_LABELS[part]!}>
              {w[part]}
            </Fact>
          ))}
          <Fact label={WORKER_LABELS.birthDate!}>{formatDate(w.birthDate)}</Fact>
          <Fact label="NIR">{formatNir(w.nir)}</Fact>
          <Fact label={WORKER_LABELS.nationality!}>
            {labelOf(NATIONALITIES, w.nationality)}
            {w.nationality === 'hors_ue' && ` · titre n° ${w.permitNumber ?? '?'} valable jusqu'au ${formatDate(w.permitExpiry)}`}
          </Fact>
          <Fact label="Adresse">
            {formatAddress(w)}
            {w.qpv && ' (QPV)'}
          </Fact>
          <Fact label="Téléphone">{formatPhone(w.phone)}</Fact>
          <Fact label="E-mail">{w.email}</Fact>
          <Fact label={WORKER_LABELS.referent!}>{w.referent}</Fact>
          <Fact label={WORKER_LABELS.orienteur!}>{labelOf(ORIENTEURS, w.orienteur)}</Fact>
          <Fact label="Entrée · sortie">
            {[w.entryDate && `entrée le ${formatDate(w.entryDate)}`, w.exitDate && `sortie le ${formatDate(w.exitDate)}`].filter(Boolean).join(' · ')}
          </Fact>
          <Fact label={WORKER_LABELS.educationLevel!}>{labelOf(EDUCATION_LEVELS, w.educationLevel)}</Fact>
          <Fact label="Mobilité">
            {[w.drivingLicence ? 'permis de conduire' : 'pas de permis', w.vehicle ? 'véhicule' : 'pas de véhicule'].join(', ')}
          </Fact>
          <Fact label={WORKER_LABELS.skills!}>{w.skills.map((s) => labelOf(TASK_KINDS, s)).join(', ')}</Fact>
          <Fact label={WORKER_LABELS.availability!}>{w.availability}</Fact>
          <Fact label={WORKER_LABELS.notes!}>{w.notes}</Fact>
        </dl>
      </section>

      <section className="record-section" aria-labelledby="s-pass">
        <h2 id="s-pass">PASS IAE</h2>
        {editing === 'pass' || editing === 'newPass' ? (
          <PassEditor
            worker={w}
            pass={editing === 'pass' ? w.currentPass : null}
            onDone={(x) => {
              setWorker(x);
              setEditing(null);
            }}
            onCancel={() => setEditing(null)}
          />
        ) : w.currentPass ? (
          <>
            <dl className="facts">
              <Fact label="Numéro">{formatPassNumber(w.currentPass.number)}</Fact>
              <Fact label="Statut">
                <PassBadge status={w.currentPass.status} />
              </Fact>
              <Fact label="Début">{formatDate(w.currentPass.startDate)}</Fact>
              <Fact label="Fin">
                {formatDate(w.currentPass.end)}
                {w.currentPass.endDateOverride && (
                  <span className="muted"> (corrigée selon la plateforme ; calculée : {formatDate(w.currentPass.computedEnd)})</span>
                )}
              </Fact>
            </dl>
            {w.currentPass.periods.length > 0 && (
              <table className="simple-table" aria-label="Suspensions et prolongations">
                <thead>
                  <tr>
                    <th>Type</th>
                    <th>Motif</th>
                    <th>Du</th>
                    <th>Au</th>
                  </tr>
                </thead>
                <tbody>
                  {w.currentPass.periods.map((p) => (
                    <tr key={p.id}>
                      <td>{p.kind === 'suspension' ? 'Suspension' : 'Prolongation'}</td>
                      <td>{passReasonLabel(p.reason as PassReason)}</td>
                      <td>{formatDate(p.start)}</td>
                      <td>{formatDate(p.end)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <div className="actions">
              <button type="button" className="button" onClick={() => setEditing('pass')}>
                Modifier le PASS IAE
              </button>
              {w.currentPass.status === 'expire' && (
                <button type="button" className="button" onClick={() => setEditing('newPass')}>
                  Enregistrer un nouveau PASS IAE
                </button>
              )}
            </div>
          </>
        ) : (
          <div>
            <p className="muted">Aucun PASS IAE enregistré.</p>
            <button type="button" className="button" onClick={() => setEditing('newPass')}>
              Enregistrer le PASS IAE
            </button>
          </div>
        )}
      </section>

      <WorkerEligibility worker={w} editing={editing === 'diagnosis'} onEdit={(on) => setEditing(on ? 'diagnosis' : null)} onSaved={setWorker} />

      <WorkerHours worker={w} />

      <PlacementsPanel workerId={w.id} />

      <SupportSection workerId={w.id} />

      <PersonalDataActions workerId={w.id} name={w.name} />
    </section>
  );
}
