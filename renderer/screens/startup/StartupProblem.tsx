import type { AppStatus } from '../../../db/contract/app';

/** Shown instead of the app when the database could not be opened: what, where, what to do. */
export function StartupProblemScreen({ status }: { status: AppStatus }) {
  const p = status.problem!;
  return (
    <main className="startup-problem" role="alert" aria-labelledby="startup-title">
      <h1 id="startup-title">Passerelle ne peut pas ouvrir ses données</h1>
      <p className="lead">{p.title}</p>
      <p>{p.advice}</p>
      <dl className="facts">
        <dt>Fichier de données</dt>
        <dd>
          <code>{status.dbPath}</code>
        </dd>
        <dt>Dossier des sauvegardes</dt>
        <dd>
          <code>{status.backupsDir}</code>
        </dd>
        <dt>Référence pour l'assistance</dt>
        <dd>
          <code>{p.detail}</code> · version {status.version}
        </dd>
      </dl>
      <p className="muted">Aucune donnée n'a été modifiée. Vous pouvez fermer cette fenêtre.</p>
    </main>
  );
}

/** The back end did not answer at all (the app's window outlived it). */
export function Unreachable({ message }: { message: string }) {
  return (
    <main className="startup-problem" role="alert">
      <h1>Passerelle ne répond pas</h1>
      <p>{message}</p>
    </main>
  );
}
