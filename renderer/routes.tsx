import type { ReactNode } from 'react';
import { positiveId, route, type Route } from './route-match';
import { SECTIONS } from './sections';
import { RecordLoader } from './components/Loading';
import { Dashboard } from './screens/dashboard/Dashboard';
import { NotBuilt } from './screens/NotBuilt';
import { Settings } from './screens/settings/Settings';
import { ImportWizard } from './screens/import/ImportWizard';
import { ImportReportScreen } from './screens/import/ImportReport';
import { ImportReportPrint } from './print/ImportReportPrint';
import { WorkersList } from './screens/workers/WorkersList';
import { WorkerPage } from './screens/workers/WorkerPage';
import { EditWorkerForm, NewWorkerForm } from './screens/workers/WorkerForm';
import { ClientsList } from './screens/clients/ClientsList';
import { ClientPage } from './screens/clients/ClientPage';
import { EditClientForm, NewClientForm } from './screens/clients/ClientForm';
import { PlacementsList } from './screens/placements/PlacementsList';
import { PlacementPage } from './screens/placements/PlacementPage';
import { EditPlacementForm, NewPlacementForm } from './screens/placements/PlacementForm';
import { HoursScreen } from './screens/hours/HoursScreen';
import { BackupScreen } from './screens/backup/BackupScreen';
import { FollowUpList } from './screens/support/FollowUpList';
import { SupportPage } from './screens/support/SupportPage';
import { Timeline } from './screens/support/Timeline';
import { PlacementContract } from './print/PlacementContract';
import { AnnualReportScreen } from './screens/reports/annual/AnnualReportScreen';
import { FigureList } from './screens/reports/annual/FigureList';
import { periodFromQuery } from './screens/reports/annual/report-period';
import { AnnualReportPrint } from './print/AnnualReportPrint';
import { certificateYearOf, TaxCertificatesScreen } from './screens/reports/certificates/TaxCertificatesScreen';
import { TaxCertificatePrint, TaxCertificatesPrint } from './print/TaxCertificatePrint';
import { HoursStatementsPrint } from './print/HoursStatement';
import { PayrollStatementPrint } from './print/PayrollStatementPrint';
import { AspMonthlyPrint } from './print/AspMonthlyPrint';
import { MonthFiguresPrint } from './print/MonthFiguresPrint';
import { ReportsScreen } from './screens/reports/ReportsScreen';
import { InvoicePrint, MonthInvoicesPrint, ReminderLetterPrint } from './print/InvoicePrints';
import { BillingMonth } from './screens/billing/BillingMonth';
import { InvoicesList } from './screens/billing/InvoicesList';
import { InvoicePage } from './screens/billing/InvoicePage';
import { UnpaidList } from './screens/billing/UnpaidList';
import { SalesJournal } from './screens/billing/SalesJournal';
import { PersonFilePrint } from './print/PersonFilePrint';
import { Allowed } from './screens/NotAllowed';

// Every address of the app, one line each: the pattern, and what it shows. The parameters are
// typed from the pattern (`:id` is a positive integer: see route-match.ts); the query is the
// screen's (`#/heures?mois=2026-11`). An address matching no line shows « Page introuvable ».
//
// A new section is one line in renderer/sections.ts: until the table has a route at its path,
// it shows that it is not built yet. Building it means adding its routes here. A section's
// permission guards its addresses (App.tsx); a form that writes is wrapped in <Allowed to=…>.

export type Screen = Route<string, ReactNode>;

const SCREENS: Screen[] = [
  route('/', () => <Dashboard />),

  route('/salaries', () => <WorkersList />),
  route('/salaries/nouveau', () => <Allowed to="workers.write"><NewWorkerForm /></Allowed>),
  route('/salaries/import', () => <Allowed to="workers.write"><ImportWizard kind="workers" backTo="/salaries" title="Importer des salariés" /></Allowed>),
  route('/salaries/import/:id', ({ id }) => <ImportReportScreen key={id} id={id} />),
  route('/salaries/:id', ({ id }) => <WorkerPage key={id} id={id} />),
  route('/salaries/:id/modifier', ({ id }) => <Allowed to="workers.write"><RecordLoader key={id} call="workers.get" id={id}>{(w) => <EditWorkerForm worker={w} />}</RecordLoader></Allowed>),

  route('/utilisateurs', () => <ClientsList />),
  route('/utilisateurs/nouveau', () => <Allowed to="clients.write"><NewClientForm /></Allowed>),
  route('/utilisateurs/import', () => <Allowed to="clients.write"><ImportWizard kind="clients" backTo="/utilisateurs" title="Importer des utilisateurs" /></Allowed>),
  route('/utilisateurs/import/:id', ({ id }) => <ImportReportScreen key={id} id={id} />),
  route('/utilisateurs/:id', ({ id }) => <ClientPage key={id} id={id} />),
  route('/utilisateurs/:id/modifier', ({ id }) => <Allowed to="clients.write"><RecordLoader key={id} call="clients.get" id={id}>{(c) => <EditClientForm client={c} />}</RecordLoader></Allowed>),

  route('/missions', () => <PlacementsList />),
  // `?salarie=ID` or `?utilisateur=ID` chooses the worker or the client beforehand.
  route('/missions/nouvelle', (_, query) => (
    <Allowed to="placements.write">
      <NewPlacementForm key={query.toString()} workerId={positiveId(query.get('salarie'))} clientId={positiveId(query.get('utilisateur'))} />
    </Allowed>
  )),
  route('/missions/:id', ({ id }) => <PlacementPage key={id} id={id} />),
  route('/missions/:id/modifier', ({ id }) => <Allowed to="placements.write"><RecordLoader key={id} call="placements.get" id={id}>{(p) => <EditPlacementForm placement={p} />}</RecordLoader></Allowed>),

  route('/heures', (_, query) => <HoursScreen month={query.get('mois')} />),

  // Rapports > Rapport d'activité: `?du=2026-01-01&au=2026-12-31` (the current year without it).
  route('/rapports/annuel', (_, query) => <Allowed to="reports.annual"><AnnualReportScreen period={periodFromQuery(query)} /></Allowed>),
  // Rapports > Attestations fiscales: `?annee=2026` (last year without it).
  route('/rapports/attestations', (_, query) => <Allowed to="invoices.read"><TaxCertificatesScreen year={certificateYearOf(query)} /></Allowed>),
  route('/rapports/annuel/liste', (_, query) => <Allowed to="reports.annual"><FigureList key={query.toString()} period={periodFromQuery(query)} figure={query.get('chiffre') ?? ''} /></Allowed>),
  // The référent's view; `?referent=NOM` chooses the référent beforehand.
  route('/suivi', (_, query) => <FollowUpList referent={query.get('referent')} />),
  // A worker's support: the open path, or `?parcours=ID`; the timeline, `?type=entretien` for one kind.
  route('/suivi/:id', ({ id }, query) => <SupportPage key={`${id}-${query.toString()}`} workerId={id} pathId={positiveId(query.get('parcours'))} />),
  route('/suivi/:id/chronologie', ({ id }, query) => <Timeline key={id} workerId={id} kind={query.get('type')} />),
  route('/rapports', (_, query) => <ReportsScreen month={query.get('mois')} />),
  route('/facturation', (_, query) => <BillingMonth key={query.get('mois') ?? ''} month={query.get('mois')} />),
  route('/facturation/factures', () => <InvoicesList />),
  route('/facturation/factures/:id', ({ id }) => <InvoicePage key={id} id={id} />),
  route('/facturation/impayes', () => <UnpaidList />),
  route('/facturation/journal', () => <SalesJournal />),

  route('/sauvegardes', () => <BackupScreen />),

  route('/parametres', () => <Settings tab="organisation" />),
  route('/parametres/regles', () => <Settings tab="regles" />),
  route('/parametres/facturation', () => <Settings tab="facturation" />),
  route('/parametres/comptes', () => <Settings tab="comptes" />),
  route('/parametres/securite', () => <Settings tab="securite" />),
  route('/parametres/journal', () => <Settings tab="journal" />),
];

/** Sections without a screen of their own yet say so. */
const NOT_BUILT: Screen[] = SECTIONS.filter((s) => !SCREENS.some((r) => r.pattern === s.path)).map((s) =>
  route(s.path, () => <NotBuilt section={s} />),
);

/** The screens inside the app's frame (sidebar, search). */
export const ROUTES: readonly Screen[] = [...SCREENS, ...NOT_BUILT];

/**
 * The documents (`#/print/...`): shown without the frame, black on white, A4. Electron prints
 * them in a hidden window; in the web host the browser prints them.
 */
export const PRINT_ROUTES: readonly Screen[] = [
  route('/print/contrat/:id', ({ id }) => <PlacementContract key={id} id={id} />),
  route('/print/import/:id', ({ id }) => <ImportReportPrint key={id} id={id} />),
  route('/print/rapport-annuel', (_, query) => <AnnualReportPrint period={periodFromQuery(query)} />),
  route('/print/attestations-fiscales/:year', ({ year }) => <TaxCertificatesPrint key={year} year={Number(year)} />),
  route('/print/attestation-fiscale/:year/:clientId', ({ year, clientId }) => <TaxCertificatePrint key={`${year}-${clientId}`} year={Number(year)} clientId={clientId} />),
  // `?utilisateur=12`: that client's relevé only.
  route('/print/releves/:month', ({ month }, query) => (
    <HoursStatementsPrint key={`${month}?${query.toString()}`} month={month} clientId={positiveId(query.get('utilisateur'))} />
  )),
  route('/print/etat-des-heures/:month', ({ month }) => <PayrollStatementPrint key={month} month={month} />),
  route('/print/suivi-asp/:month', ({ month }) => <AspMonthlyPrint key={month} month={month} />),
  route('/print/tableau-de-bord/:month', ({ month }) => <MonthFiguresPrint key={month} month={month} />),
  route('/print/facture/:id', ({ id }) => <InvoicePrint key={id} id={id} />),
  // `?mois=2026-10`: every invoice and avoir issued for the month, one after the other.
  route('/print/factures', (_, query) => <MonthInvoicesPrint key={query.get('mois') ?? ''} month={query.get('mois') ?? ''} />),
  route('/print/relance/:id', ({ id }) => <ReminderLetterPrint key={id} id={id} />),
  route('/print/dossier/:id', ({ id }) => <PersonFilePrint key={id} id={id} />),
];

/** Documents live under `#/print/`. */
export function isPrintPath(path: string): boolean {
  return path.startsWith('/print/');
}
