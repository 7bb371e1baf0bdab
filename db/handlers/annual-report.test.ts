import { describe, expect, it } from 'vitest';
import { onFreshBackend } from '../testing/backend';
import type { Backend } from '../backend';
import type { AnnualReport, Figure, ReportDetails } from '../contract/annual-report';
import { ok, seeder, weekdays } from '../testing/seed';
import { formatPercent } from '../base/format';

let backend: Backend;
let seed: ReturnType<typeof seeder>;
onFreshBackend((b) => {
  backend = b;
  seed = seeder(backend);
});

const YEAR = { from: '2026-01-01', to: '2026-12-31' };
const report = (period = YEAR) => ok<AnnualReport>(backend.dispatch('annualReport.get', period));
const details = (figure: string, period = YEAR) => ok<ReportDetails>(backend.dispatch('annualReport.details', { period, figure }));
const names = (d: ReportDetails) =>
  d.kind === 'workers' || d.kind === 'clients' ? d.rows.map((r) => r.name) : d.kind === 'hours' ? d.rows.map((r) => r.workerName) : d.rows.map((r) => r.clientName);
const line = (r: AnnualReport, dimension: string, code: string) => r.breakdowns.find((b) => b.dimension === dimension)!.lines.find((l) => l.code === code)!;

/** Every figure of a report, with its key, wherever it sits. */
function figures(r: AnnualReport): Figure[] {
  const out: Figure[] = [];
  const walk = (v: unknown) => {
    if (v && typeof v === 'object') {
      if ('key' in v && 'value' in v) out.push(v as Figure);
      else for (const x of Object.values(v)) walk(x);
    }
  };
  walk(r);
  return out;
}

describe('annualReport.get: the workers present, entered and exited', () => {
  it('counts a path overlapping the period as present, one begun in it as an entry, one ended in it as an exit', () => {
    seed.worker({ birthName: 'Avant', entryDate: '2025-03-01', passStart: null }); // present, entered last year
    seed.worker({ birthName: 'Entree', entryDate: '2026-02-01', passStart: null }); // entered in the year
    seed.worker({ birthName: 'Sortie', entryDate: '2025-06-01', status: 'sorti', exitDate: '2026-05-31', passStart: null }); // exited in the year
    seed.worker({ birthName: 'Ancien', entryDate: '2024-01-10', status: 'sorti', exitDate: '2025-12-31', passStart: null }); // gone before the year
    seed.worker({ birthName: 'Candidat', status: 'candidat', passStart: null }); // never entered
    const r = report();
    expect([r.workers.presents.value, r.workers.entrees.value, r.workers.sorties.value]).toEqual([3, 1, 1]);
    expect(names(details('salaries:presents'))).toEqual(['AVANT Camille', 'ENTREE Camille', 'SORTIE Camille']);
    expect(names(details('salaries:entrees'))).toEqual(['ENTREE Camille']);
    expect(names(details('salaries:sorties'))).toEqual(['SORTIE Camille']);
    // The same people over the previous year: Ancien exited then.
    const previous = report({ from: '2025-01-01', to: '2025-12-31' });
    expect([previous.workers.presents.value, previous.workers.entrees.value, previous.workers.sorties.value]).toEqual([3, 2, 1]);
  });

  it('takes the age band at entry, not at the end of the period', () => {
    // 25 on entering on 01/02/2026, 26 from 10/03/2026: under 26 in the report.
    seed.worker({ birthName: 'Jeune', entryDate: '2026-02-01', passStart: null, more: { birthDate: '2000-03-10' } });
    // 49 on entering in 2025, 50 during 2026: 26 to 49.
    seed.worker({ birthName: 'Mure', entryDate: '2025-09-01', passStart: null, more: { birthDate: '1976-04-01' } });
    seed.worker({ birthName: 'Senior', entryDate: '2026-01-15', passStart: null, more: { birthDate: '1970-01-01' } });
    const r = report();
    expect(line(r, 'age', 'moins_26').presents.value).toBe(1);
    expect(line(r, 'age', 'moins_26').entrees.value).toBe(1);
    expect(line(r, 'age', 'de_26_a_49').presents.value).toBe(1);
    expect(line(r, 'age', 'de_26_a_49').entrees.value).toBe(0);
    expect(line(r, 'age', '50_et_plus').presents.value).toBe(1);
    const young = details('repartition:age:moins_26:presents');
    expect(young.kind === 'workers' && young.rows.map((w) => [w.name, w.ageAtEntry])).toEqual([['JEUNE Camille', 25]]);
    expect(young.title).toBe("Salariés présents — Âge à l'entrée : Moins de 26 ans");
  });

  it('breaks the people down by sex, QPV, RSA, DELD/DETLD, RQTH, level of education and orienteur', () => {
    const structure = (criteria: ('rsa' | 'detld' | 'deld' | 'rqth' | 'qpv' | 'jeune')[]) => ({ authorKind: 'structure' as const, criteria, date: '2026-01-05' });
    seed.worker({ birthName: 'Un', passStart: null, diagnosis: structure(['rsa', 'rqth']), more: { civility: 'Mme', qpv: true, educationLevel: 'cap_bep', orienteur: 'france_travail' } });
    seed.worker({ birthName: 'Deux', passStart: null, diagnosis: structure(['detld']), more: { civility: 'M.', orienteur: 'plie' } });
    seed.worker({ birthName: 'Trois', passStart: null, diagnosis: structure(['deld', 'qpv']), more: { civility: 'Mme', educationLevel: 'bac' } });
    const r = report();
    expect([line(r, 'sexe', 'femme').presents.value, line(r, 'sexe', 'homme').presents.value]).toEqual([2, 1]);
    expect([line(r, 'qpv', 'oui').presents.value, line(r, 'qpv', 'non').presents.value]).toEqual([1, 2]);
    expect([line(r, 'rsa', 'oui').presents.value, line(r, 'rqth', 'oui').presents.value]).toEqual([1, 1]);
    expect(['detld', 'deld', 'non'].map((c) => line(r, 'chomage', c).presents.value)).toEqual([1, 1, 1]);
    expect(['cap_bep', 'bac', 'non_renseigne'].map((c) => line(r, 'niveau', c).presents.value)).toEqual([1, 1, 1]);
    expect(['france_travail', 'plie', 'non_renseigne', 'ccas'].map((c) => line(r, 'orienteur', c).presents.value)).toEqual([1, 1, 1, 0]);
    expect(names(details('repartition:chomage:detld:presents'))).toEqual(['DEUX Camille']);
    // Each breakdown adds up to the people present.
    for (const b of r.breakdowns) expect(b.lines.reduce((s, l) => s + l.presents.value, 0), b.label).toBe(3);
  });
});

describe('annualReport.get: exits and their rates', () => {
  it('shows the rates of a year without exits as « — », not NaN', () => {
    seed.worker({ passStart: null });
    const r = report();
    expect(r.exits.total.value).toBe(0);
    expect(r.exits.byCategory.every((e) => e.rate === null && e.count.value === 0)).toBe(true);
    expect(r.exits.dynamic.rate).toBeNull();
    expect(formatPercent(r.exits.dynamic.rate)).toBe('—');
    expect(JSON.stringify(r)).not.toContain('NaN');
  });

  it('counts an exit without a recorded reason as « non renseigné », in no dynamic category', () => {
    seed.worker({ status: 'sorti', entryDate: '2026-01-05', exitDate: '2026-06-30', passStart: null });
    seed.worker({ passStart: null });
    const r = report();
    expect(r.exits.total.value).toBe(1);
    expect(r.exits.categoriesRecorded).toBe(false);
    expect(r.exits.byCategory.find((e) => e.category === 'non_renseignee')).toMatchObject({ count: { value: 1 }, rate: 100 });
    expect(r.exits.dynamic).toMatchObject({ count: { value: 0 }, rate: 0 });
  });
});

describe('annualReport.get: hours, ETP and clients by kind', () => {
  it('counts a worker with hours in two client kinds in each kind, once in the total', () => {
    const w = seed.worker({ birthName: 'Double' });
    const other = seed.worker({ birthName: 'Seule' });
    const firm = seed.client('entreprise', { name: 'Atelier Vert' });
    const home = seed.client('particulier', { name: 'Mme Océane Roux' });
    seed.hours(seed.placement(w, firm, '2026-03-01', '2026-04-30'), weekdays('2026-03'), 7 * 60); // 22 days
    seed.hours(seed.placement(w, home, '2026-04-01', '2026-04-30'), ['2026-04-04', '2026-04-11'], 3 * 60); // Saturdays
    seed.hours(seed.placement(other, home, '2026-04-01', '2026-04-30'), ['2026-04-07'], 2 * 60);
    const r = report();
    const kind = (k: string) => r.hours.byKind.find((x) => x.kind === k)!;
    expect(kind('entreprise')).toMatchObject({ minutes: { value: 22 * 7 * 60 }, workers: { value: 1 } });
    expect(kind('particulier')).toMatchObject({ minutes: { value: 8 * 60 }, workers: { value: 2 } });
    expect(r.hours.total.value).toBe(22 * 7 * 60 + 8 * 60);
    expect(r.hours.workers.value).toBe(2);
    // 162 h over a year of 1 607 h: 0,10 ETP; entreprise 154 h: 0,10; particulier 8 h: 0,00.
    expect([r.hours.etp, kind('entreprise').etp, kind('particulier').etp]).toEqual([0.1, 0.1, 0]);
    expect(r.hours.byMonth.map((m) => m.minutes.value)).toEqual([0, 0, 22 * 420, 480, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect([r.clients.total.value, r.clients.byKind.find((c) => c.kind === 'particulier')!.count.value]).toEqual([2, 1]);
    const april = details('heures:mois:2026-04');
    expect(april.kind === 'hours' && april.rows.map((x) => [x.workerName, x.clientName, x.minutes])).toEqual([
      ['DOUBLE Camille', 'Mme Océane ROUX', 360],
      ['SEULE Camille', 'Mme Océane ROUX', 120],
    ]);
    // Over March alone, the ETP is prorated to one month: 154 h ÷ (1 607 h ÷ 12) = 1,15.
    const march = report({ from: '2026-03-01', to: '2026-03-31' });
    expect([march.months, march.hours.etp]).toEqual([1, 1.15]);
  });

  it('opens, for every figure of the report, a list that holds exactly that number', () => {
    const a = seed.worker({ birthName: 'Alpha', more: { orienteur: 'mission_locale' } });
    const b = seed.worker({ birthName: 'Beta', entryDate: '2026-01-05', status: 'sorti', exitDate: '2026-09-30' });
    seed.worker({ birthName: 'Gamma', entryDate: '2026-03-02', passStart: null });
    const firm = seed.client('entreprise');
    const town = seed.client('collectivite');
    seed.hours(seed.placement(a, firm, '2026-02-02', '2026-02-27'), weekdays('2026-02').slice(0, 10), 6 * 60);
    seed.hours(seed.placement(b, town, '2026-05-04', '2026-05-29'), weekdays('2026-05').slice(2, 7), 4 * 60);
    const r = report();
    const all = figures(r);
    expect(all.length).toBeGreaterThan(100);
    for (const f of all) {
      const d = details(f.key);
      const listed =
        d.kind === 'invoices' ? d.cents : d.kind !== 'hours' ? d.rows.length : isWorkersCount(r, f) ? new Set(d.rows.map((x) => x.workerId)).size : d.minutes;
      expect(listed, f.key).toBe(f.value);
    }
    expect(all.filter((f) => f.value > 0).length).toBeGreaterThan(30);
  });

  it('refuses a figure that is not in the report, and a period that ends before it starts', () => {
    expect(backend.dispatch('annualReport.details', { period: YEAR, figure: 'salaries:tous' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(backend.dispatch('annualReport.get', { from: '2026-12-31', to: '2026-01-01' })).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { to: 'La fin de la période ne peut pas précéder son début.' } },
    });
  });
});

/** The hours figures that count workers (the kinds' « salariés » column) rather than minutes. */
function isWorkersCount(r: AnnualReport, f: Figure): boolean {
  return r.hours.byKind.some((k) => k.workers === f) || r.hours.workers === f;
}

describe('annualReport.get: the support follow-up’s paths', () => {
  const open = (workerId: number, startDate: string) => ok<{ path: { id: number; version: number } }>(backend.dispatch('support.openPath', { workerId, startDate })).path;
  const exit = (path: { id: number; version: number }, exitDate: string, exitReason: string) =>
    ok(backend.dispatch('support.recordExit', { pathId: path.id, version: path.version, exit: { exitDate, exitReason } }));

  it('counts a person who exits and comes back in the same year once present, at each entry and each exit', () => {
    const w = seed.worker({ status: 'candidat', passStart: null });
    exit(open(w, '2025-10-01'), '2026-03-31', 'cdd_moins_6_mois');
    open(w, '2026-09-01');
    const r = report();
    expect([r.workers.presents.value, r.workers.entrees.value, r.workers.sorties.value]).toEqual([1, 1, 1]);
    const entries = details('salaries:entrees');
    expect(entries.kind === 'workers' && entries.rows.map((x) => [x.entryDate, x.exitDate])).toEqual([['2026-09-01', null]]);
    // Over the two years: two entries, one exit, still one person.
    const both = report({ from: '2025-01-01', to: '2026-12-31' });
    expect([both.workers.presents.value, both.workers.entrees.value, both.workers.sorties.value]).toEqual([1, 2, 1]);
  });

  it('counts exits by the category of their reason, with the rate of « sorties dynamiques »', () => {
    const reasons = ['cdi', 'cdd_moins_6_mois', 'formation_qualifiante', 'sante'];
    for (const [i, reason] of reasons.entries()) exit(open(seed.worker({ status: 'candidat', passStart: null }), '2026-01-05'), `2026-0${i + 3}-15`, reason);
    seed.worker({ status: 'sorti', entryDate: '2026-01-05', exitDate: '2026-06-30', passStart: null }); // exited without a path: no reason
    const r = report();
    const cat = (c: string) => r.exits.byCategory.find((e) => e.category === c)!;
    expect(r.exits.total.value).toBe(5);
    expect(['emploi_durable', 'emploi_transition', 'sortie_positive', 'autre', 'non_renseignee'].map((c) => [cat(c).count.value, cat(c).rate])).toEqual([
      [1, 20],
      [1, 20],
      [1, 20],
      [1, 20],
      [1, 20],
    ]);
    expect(r.exits.dynamic).toMatchObject({ count: { value: 3 }, rate: 60 });
    expect(r.exits.categoriesRecorded).toBe(false);
    expect(names(details('sorties:dynamiques'))).toHaveLength(3);
  });
});

describe('annualReport.get: the invoiced turnover', () => {
  it('is the invoices issued in the period less the avoirs, before VAT, by client kind, each figure opening its invoices', () => {
    const w = seed.worker();
    const firm = seed.client('entreprise', { name: 'Atelier Vert' });
    const home = seed.client('particulier', { name: 'Mme Océane Roux' });
    const confirmed = ['hors_territoire', 'adhesion_absente'];
    seed.hours(seed.placement(w, firm, '2026-02-01', '2026-02-28', { confirmed }), ['2026-02-02', '2026-02-03'], 4 * 60); // 8 h × 22,50 = 180 €
    seed.hours(seed.placement(w, home, '2026-02-01', '2026-02-28', { confirmed }), ['2026-02-07'], 2 * 60); // 45 €
    ok(backend.dispatch('invoices.prepare', { month: '2026-02' }));
    ok(backend.dispatch('invoices.issue', { month: '2026-02', issuedOn: '2026-03-02' }));
    const firmInvoice = ok<{ issued: { id: number; clientId: number }[] }>(backend.dispatch('invoices.month', { month: '2026-02' })).issued.find((i) => i.clientId === firm)!;
    ok(backend.dispatch('invoices.issueCredit', { invoiceId: firmInvoice.id, issuedOn: '2026-03-10', amountCents: '30', reason: 'Heure non effectuée' }));
    const r = report();
    const kind = (k: string) => r.turnover.byKind.find((x) => x.kind === k)!.cents.value;
    expect([kind('entreprise'), kind('particulier'), r.turnover.total.value]).toEqual([15000, 4500, 19500]);
    const listed = details('ca:type:entreprise');
    expect(listed.kind === 'invoices' && listed.rows.map((x) => [x.kind, x.cents])).toEqual([
      ['facture', 18000],
      ['avoir', -3000],
    ]);
    expect(report({ from: '2026-01-01', to: '2026-02-28' }).turnover.total.value).toBe(0); // issued in March
  });
});
