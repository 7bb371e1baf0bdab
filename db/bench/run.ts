// `npm run bench`: the back end's speed on a seeded data set, each figure beside the same
// query written by hand in SQL on the same file. Timings, not tests: the machines are shared.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startLoggedIn } from '../testing/session';
import { searchKey } from '../base/search';
import { benchBackup } from './backup-bench';

const WORKERS = Number(process.env.BENCH_WORKERS ?? 10_000);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 8_000);
const RUNS = 200;

const FIRST = ['Hélène', 'Éloïse', 'Karim', 'Paul', 'Fatou', 'Jean-Luc', 'Zoé', 'Mamadou', 'Chloé', 'Ibrahim', 'Léa', 'Théo'];
const LAST = ['Dupont', 'Lefèvre', 'Martin', 'Benali', 'Diallo', 'Moreau', 'Girard', 'Nguyen', 'Fontaine', 'Roux', 'Dupont-Lefèvre', 'Garnier'];

function time(fn: () => unknown): { p50: number; p95: number } {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { p50: samples[Math.floor(RUNS * 0.5)]!, p95: samples[Math.floor(RUNS * 0.95)]! };
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-bench-'));
const backend = startLoggedIn({ dataDir, migrationsDir: path.join(import.meta.dirname, '..', 'migrations'), version: 'bench' });
const db = backend.sqlite!;
const now = new Date().toISOString();

const clientInsert = db.prepare(
  `INSERT INTO clients (kind, name, civility, last_name, first_name, city, payment_terms_days, counts_480, created_at, updated_at, search_text)
   VALUES (?, ?, ?, ?, ?, 'Lyon', 30, ?, ?, ?, ?)`,
);
/** A particulier is a person (civility, last and first name); any other client is named by its raison sociale. */
function insertClient(kind: string, last: string, first: string, counts480: 0 | 1): number {
  const person = kind === 'particulier';
  const name = `${last} ${first}`;
  return Number(
    clientInsert.run(kind, person ? null : name, person ? 'Mme' : null, person ? last : null, person ? first : null, counts480, now, now, searchKey(name, 'Lyon'))
      .lastInsertRowid,
  );
}

console.log(`Jeu de données : ${WORKERS} salariés, ${CLIENTS} utilisateurs…`);
db.transaction(() => {
  const w = db.prepare(
    `INSERT INTO workers (civility, birth_name, first_name, birth_date, nationality, status, referent, city, skills, created_at, updated_at, search_text)
     VALUES (?, ?, ?, ?, 'france', ?, ?, 'Lyon', '[]', ?, ?, ?)`,
  );
  const p = db.prepare('INSERT INTO pass_iae (worker_id, number, start_date, created_at) VALUES (?, ?, ?, ?)');
  for (let i = 0; i < WORKERS; i++) {
    const last = `${LAST[i % LAST.length]}${i}`;
    const first = FIRST[(i * 7) % FIRST.length]!;
    const id = Number(
      w.run(i % 2 ? 'Mme' : 'M.', last, first, `19${60 + (i % 40)}-0${1 + (i % 9)}-1${i % 9}`, ['candidat', 'en_parcours', 'sorti'][i % 3], `CIP ${i % 6}`, now, now, searchKey(last, first))
        .lastInsertRowid,
    );
    if (i % 10 < 7) p.run(id, `PASS${String(i).padStart(8, '0')}`, `202${4 + (i % 3)}-0${1 + (i % 9)}-01`, now);
  }
  for (let i = 0; i < CLIENTS; i++) {
    const kind = ['particulier', 'entreprise', 'association', 'collectivite'][i % 4]!;
    insertClient(kind, LAST[i % LAST.length]!, `${FIRST[i % FIRST.length]} ${i}`, 0);
  }
})();

const rows: [string, { p50: number; p95: number }, { p50: number; p95: number }][] = [];
const handSearch = db.prepare("SELECT id, birth_name, first_name FROM workers WHERE search_text LIKE ? AND search_text LIKE ? AND archived_at IS NULL");
rows.push([
  'workers.list, recherche « dupont lef »',
  time(() => backend.dispatch('workers.list', { search: 'dupont lef' })),
  time(() => handSearch.all('%dupont%', '%lef%')),
]);
const handOne = db.prepare("SELECT id FROM workers WHERE search_text LIKE ? AND archived_at IS NULL");
rows.push(['workers.list, recherche « helene12 »', time(() => backend.dispatch('workers.list', { search: 'helene12' })), time(() => handOne.all('%helene12%'))]);
const handAll = db.prepare(
  'SELECT w.id, w.civility, w.birth_name, w.usage_name, w.first_name, w.birth_date, w.status, w.referent, w.city, w.phone, p.number, p.start_date FROM workers w LEFT JOIN pass_iae p ON p.worker_id = w.id WHERE w.archived_at IS NULL',
);
rows.push([`workers.list, liste entière (${WORKERS})`, time(() => backend.dispatch('workers.list', {})), time(() => handAll.all())]);
const handClients = db.prepare('SELECT id, name FROM clients WHERE search_text LIKE ? AND archived_at IS NULL');
rows.push(['clients.list, recherche « garnier »', time(() => backend.dispatch('clients.list', { search: 'garnier' })), time(() => handClients.all('%garnier%'))]);
const handGet = db.prepare('SELECT * FROM workers WHERE id = ?');
rows.push(['workers.get (fiche)', time(() => backend.dispatch('workers.get', { id: 4242 })), time(() => handGet.get(4242))]);

// One month of hours typed in one sitting: 300 placements × 20 weekdays, saved by one
// hours.saveMonth (every rule checked) beside the same cells written by a prepared INSERT.
const HOURS_PLACEMENTS = Number(process.env.BENCH_HOURS_PLACEMENTS ?? 300);
const HOURS_RUNS = 20;
const HOURS_MONTH = '2026-03';
const hourDays = Array.from({ length: 31 }, (_, i) => `${HOURS_MONTH}-${String(i + 1).padStart(2, '0')}`)
  .filter((d) => ![0, 6].includes(new Date(`${d}T12:00:00Z`).getUTCDay()))
  .slice(0, 20);
const placementIds: number[] = [];
db.transaction(() => {
  const w = db.prepare(
    `INSERT INTO workers (civility, birth_name, first_name, birth_date, nationality, status, entry_date, city, skills, created_at, updated_at, search_text)
     VALUES ('Mme', ?, 'Camille', '1985-05-05', 'france', 'en_parcours', '2026-01-05', 'Lyon', '[]', ?, ?, ?)`,
  );
  const p = db.prepare('INSERT INTO pass_iae (worker_id, number, start_date, created_at) VALUES (?, ?, ?, ?)');

  for (let i = 0; i < HOURS_PLACEMENTS; i++) {
    const workerId = Number(w.run(`Heures${i}`, now, now, searchKey(`Heures${i}`, 'Camille')).lastInsertRowid);
    p.run(workerId, `HRS${String(i).padStart(9, '0')}`, '2026-01-05', now);
    const kind = i % 2 ? 'entreprise' : 'particulier';
    const clientId = insertClient(kind, `Client${i}`, 'Heures', kind === 'entreprise' ? 1 : 0);
    placementIds.push(workerId, clientId);
  }
})();
const placements: number[] = [];
for (let i = 0; i < placementIds.length; i += 2) {
  const r = backend.dispatch('placements.create', {
    placement: { workerId: placementIds[i], clientId: placementIds[i + 1], taskKind: 'menage', taskDetail: 'Entretien des bureaux', startDate: '2026-03-01', endDate: '2026-06-30', billedRateCents: 2250, wageRateCents: 1250 },
    confirmed: ['adhesion_absente', 'diagnostic_absent'],
  });
  if (!r.ok) throw new Error(`placements.create : ${JSON.stringify(r.error)}`);
  placements.push((r.value as { id: number }).id);
}
const hourEntries = placements.flatMap((placementId) => hourDays.map((day) => ({ placementId, day, minutes: 420 })));
const clearMonth = db.prepare('DELETE FROM hours WHERE day BETWEEN ? AND ?');
const handInsert = db.prepare('INSERT INTO hours (placement_id, day, minutes) VALUES (?, ?, ?)');
const handSave = db.transaction(() => {
  for (const e of hourEntries) handInsert.run(e.placementId, e.day, e.minutes);
});

/** Like `time`, with an untimed `setup` before each run (here: the month emptied again). */
function timeWithSetup(runs: number, setup: () => void, fn: () => unknown): { p50: number; p95: number } {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    setup();
    const t = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { p50: samples[Math.floor(runs * 0.5)]!, p95: samples[Math.min(runs - 1, Math.floor(runs * 0.95))]! };
}
const emptyMonth = () => clearMonth.run(`${HOURS_MONTH}-01`, `${HOURS_MONTH}-31`);
rows.push([
  `hours.saveMonth, ${HOURS_PLACEMENTS} missions × ${hourDays.length} j (${hourEntries.length} cases)`,
  timeWithSetup(HOURS_RUNS, emptyMonth, () => {
    const r = backend.dispatch('hours.saveMonth', { month: HOURS_MONTH, entries: hourEntries });
    if (!r.ok) throw new Error(`hours.saveMonth : ${JSON.stringify(r.error)}`);
  }),
  timeWithSetup(HOURS_RUNS, emptyMonth, () => handSave.immediate()),
]);
emptyMonth();
handSave.immediate();
const handGrid = db.prepare('SELECT placement_id, day, minutes FROM hours WHERE day BETWEEN ? AND ?');
rows.push([
  `hours.month, ${HOURS_PLACEMENTS} missions (grille et alertes)`,
  timeWithSetup(HOURS_RUNS, () => undefined, () => backend.dispatch('hours.month', { month: HOURS_MONTH })),
  timeWithSetup(HOURS_RUNS, () => undefined, () => handGrid.all(`${HOURS_MONTH}-01`, `${HOURS_MONTH}-31`)),
]);

rows.push(await benchBackup());

console.log('\nopération                                                  | p50 ms | p95 ms | SQL à la main p50 / p95 ms');
for (const [name, a, b] of rows) {
  console.log(`${name.padEnd(58)} | ${a.p50.toFixed(2).padStart(6)} | ${a.p95.toFixed(2).padStart(6)} | ${b.p50.toFixed(2)} / ${b.p95.toFixed(2)}`);
}
console.log(`\nMémoire du processus : ${Math.round(process.memoryUsage().rss / 1024 / 1024)} Mo`);
backend.close();
fs.rmSync(dataDir, { recursive: true, force: true });
