import { describe, expect, it } from 'vitest';
import { onFreshBackend } from '../testing/backend';
import type { Backend } from '../backend';
import type { Alert } from '../contract/alerts';
import { formatDate } from '../base/format';
import { addDays, addMonths } from '../base/dates';
import { isWeekend } from '../rules/holidays';
import { ok, seeder, today as todayOf, thisYear, type WorkerSeed } from '../testing/seed';

let backend: Backend;
let seed: ReturnType<typeof seeder>;
onFreshBackend((b) => {
  backend = b;
  seed = seeder(backend);
});

// The back end's clock is real time: every date here is relative to today.
const today = todayOf();
const d = (n: number) => addDays(today, n);
const alerts = () => ok<Alert[]>(backend.dispatch('alerts.list', {}));
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

/** A worker with nothing to say: a PASS valid for long, entered 10 days ago. */
function quietWorker(more: WorkerSeed = {}) {
  return seed.worker({ passStart: d(-100), entryDate: d(-10), ...more });
}

/** The first `n` weekdays from `from`. */
function firstWeekdays(from: string, n: number): string[] {
  const out: string[] = [];
  for (let day = from; out.length < n; day = addDays(day, 1)) if (!isWeekend(day)) out.push(day);
  return out;
}

describe('alerts.list', () => {
  it('is empty when nothing needs action', () => {
    const w = quietWorker();
    seed.placement(w, seed.client('particulier'), d(-5), d(60));
    expect(alerts()).toEqual([]);
  });

  it('a PASS IAE ending within 60 days, and one expired for a worker en parcours', () => {
    const ending = quietWorker({ birthName: 'Martin', firstName: 'Léa', passStart: d(-700) }); // ends in 29 days
    const expired = quietWorker({ birthName: 'Roux', firstName: 'Théo', passStart: d(-800) });
    quietWorker({ passStart: d(-600) }); // ends in 129 days: nothing yet
    expect(alerts()).toEqual([
      { kind: 'pass_expired', severity: 'danger', text: `PASS IAE de ROUX Théo : expiré depuis le ${formatDate(d(-71))}.`, to: `/salaries/${expired}` },
      { kind: 'pass_ending', severity: 'warning', text: `PASS IAE de MARTIN Léa : se termine le ${formatDate(d(29))} (dans 29 jours).`, to: `/salaries/${ending}` },
    ]);
  });

  it('a residence permit expiring within 60 days (warning) or expired (danger)', () => {
    const soon = quietWorker({ birthName: 'Diallo', firstName: 'Fatou', nationality: 'hors_ue', permitExpiry: d(30) });
    const elided = quietWorker({ birthName: 'Ahmadi', firstName: 'Omar', nationality: 'hors_ue', permitExpiry: d(59) });
    const gone = quietWorker({ birthName: 'Nguyen', firstName: 'Lan', nationality: 'hors_ue', permitExpiry: d(-3) });
    quietWorker({ nationality: 'hors_ue', permitExpiry: d(90) });
    expect(alerts()).toEqual([
      { kind: 'permit_expiring', severity: 'danger', text: `Titre de séjour de NGUYEN Lan : expiré le ${formatDate(d(-3))}.`, to: `/salaries/${gone}` },
      { kind: 'permit_expiring', severity: 'warning', text: `Titre de séjour de DIALLO Fatou : expire le ${formatDate(d(30))} (dans 30 jours).`, to: `/salaries/${soon}` },
      { kind: 'permit_expiring', severity: 'warning', text: `Titre de séjour d'AHMADI Omar : expire le ${formatDate(d(59))} (dans 59 jours).`, to: `/salaries/${elided}` },
    ]);
  });

  it('a worker at 400 h or more with entreprises', () => {
    const w = quietWorker({ birthName: 'Benali', firstName: 'Karim', passStart: d(-200), entryDate: d(-130) });
    const start = d(-120);
    const p = seed.placement(w, seed.client('entreprise'), start, d(60));
    const days = firstWeekdays(start, 50); // 50 × 8 h = 400 h
    expect(days.at(-1)! > d(-60)).toBe(true); // recent enough not to be "no hours"
    seed.hours(p, days, 480);
    const windowEnd = addDays(addMonths(start, 24), -1);
    const list = alerts();
    expect(list).toHaveLength(1);
    expect({ ...list[0]!, text: plain(list[0]!.text) }).toEqual({
      kind: 'hours_480',
      severity: 'warning',
      text: `BENALI Karim : 400 h sur 480 h en entreprise (il reste 80 h jusqu'au ${formatDate(windowEnd)}).`,
      to: `/salaries/${w}`,
    });
    // Counted over 24 rolling months, the same hours: the alert says since when.
    seed.saveRules({ mode480: 'glissante' });
    expect(alerts().map((a) => plain(a.text))).toEqual([
      `BENALI Karim : 400 h sur 480 h en entreprise sur les 24 derniers mois (depuis le ${formatDate(addDays(addMonths(d(0), -24), 1))} ; il reste 80 h).`,
    ]);
  });

  it('a client with a placement this year and no membership for this year', () => {
    const w = quietWorker();
    const client = seed.client('association', { name: 'Les Jardins Partagés', memberships: [thisYear() - 1] });
    seed.placement(w, client, d(-5), d(60), { confirmed: ['adhesion_absente'] });
    seed.placement(w, client, d(-3), d(50), { confirmed: ['adhesion_absente'] }); // a second one: still one alert
    const paid = seed.client('association');
    seed.placement(w, paid, d(-5), d(60));
    expect(alerts()).toEqual([
      {
        kind: 'membership_missing',
        severity: 'warning',
        text: `Les Jardins Partagés : mission en ${thisYear()} sans adhésion ${thisYear()}.`,
        to: `/utilisateurs/${client}`,
      },
    ]);
  });

  it('a worker en parcours without hours for 60 days: never any, or none since a date', () => {
    const never = quietWorker({ birthName: 'Girard', firstName: 'Paul', entryDate: d(-90) });
    const since = quietWorker({ birthName: 'Moreau', firstName: 'Chloé', entryDate: d(-200), passStart: d(-300) });
    const p = seed.placement(since, seed.client('particulier'), d(-100), d(60));
    seed.hours(p, [d(-70)], 120);
    const recent = quietWorker({ entryDate: d(-200), passStart: d(-300) });
    const q = seed.placement(recent, seed.client('particulier'), d(-100), d(60));
    seed.hours(q, [d(-70), d(-30)], 120);
    quietWorker({ status: 'candidat', entryDate: '' }); // a candidate: not followed yet
    expect(alerts()).toEqual([
      { kind: 'no_hours', severity: 'warning', text: `GIRARD Paul : en parcours depuis le ${formatDate(d(-90))}, aucune heure saisie.`, to: `/salaries/${never}` },
      { kind: 'no_hours', severity: 'warning', text: `MOREAU Chloé : aucune heure depuis le ${formatDate(d(-70))}.`, to: `/salaries/${since}` },
    ]);
  });

  it('a placement ending within 14 days', () => {
    const w = quietWorker({ birthName: 'Fontaine', firstName: 'Léa' });
    const c = seed.client('particulier', { name: 'M. Paul Garnier' });
    const p = seed.placement(w, c, d(-5), d(10));
    seed.placement(w, c, d(-5), d(20)); // later: nothing yet
    const finished = seed.placement(w, c, d(-5), d(5));
    ok(backend.dispatch('placements.setStatus', { id: finished, version: seed.versionOf('placements', finished), status: 'terminee' }));
    expect(alerts()).toEqual([
      { kind: 'placement_ending', severity: 'warning', text: `Mission de FONTAINE Léa chez M. Paul GARNIER : se termine le ${formatDate(d(10))}.`, to: `/missions/${p}` },
    ]);
  });

  it('everything at once: each alert appears once, dangers first', () => {
    const a = quietWorker({ passStart: d(-700), nationality: 'hors_ue', permitExpiry: d(20), entryDate: d(-90) });
    const c = seed.client('particulier', { memberships: [] });
    const p = seed.placement(a, c, d(-5), d(7), { confirmed: ['adhesion_absente', 'titre_sejour_fin_avant_mission', 'pass_fin_avant_mission'] });
    const list = alerts();
    expect(list.map((x) => [x.kind, x.to])).toEqual([
      ['pass_ending', `/salaries/${a}`],
      ['permit_expiring', `/salaries/${a}`],
      ['no_hours', `/salaries/${a}`],
      ['membership_missing', `/utilisateurs/${c}`],
      ['placement_ending', `/missions/${p}`],
    ]);
    for (const x of list) expect(x.text).toMatch(/^[A-ZÉ].* : .*\.$/);
  });

  it('a worker who left (sorti) or is archived gives no alert at all', () => {
    const troubles = (more: WorkerSeed) =>
      seed.worker({ passStart: d(-700), nationality: 'hors_ue', permitExpiry: d(20), entryDate: d(-300), ...more });
    const sorti = troubles({ status: 'sorti', exitDate: d(-1) });
    const archived = troubles({});
    const c = seed.client('entreprise');
    const confirmed = ['titre_sejour_fin_avant_mission', 'pass_fin_avant_mission'];
    seed.placement(sorti, c, d(-30), d(7), { confirmed });
    seed.placement(archived, c, d(-30), d(7), { confirmed });
    ok(backend.dispatch('workers.archive', { id: archived }));
    expect(alerts()).toEqual([]);
  });
});
