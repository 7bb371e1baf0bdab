// `npm run bench`: the back end's speed on a seeded data set, each figure beside the same
// query written by hand in SQL on the same file. Timings, not tests: the machines are shared.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBackend } from '../backend';
import { searchKey } from '../rules/search';

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
const backend = startBackend({ dataDir, migrationsDir: path.join(import.meta.dirname, '..', 'migrations'), version: 'bench', actor: { id: null, name: 'bench' } });
const db = backend.sqlite!;
const now = new Date().toISOString();

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
  const c = db.prepare(
    `INSERT INTO clients (kind, name, city, payment_terms_days, counts_480, created_at, updated_at, search_text) VALUES (?, ?, 'Lyon', 30, 0, ?, ?, ?)`,
  );
  for (let i = 0; i < CLIENTS; i++) {
    const name = `${LAST[i % LAST.length]} ${FIRST[i % FIRST.length]} ${i}`;
    c.run(['particulier', 'entreprise', 'association', 'collectivite'][i % 4], name, now, now, searchKey(name, 'Lyon'));
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

console.log('\nopération                                   | p50 ms | p95 ms | SQL à la main p50 / p95 ms');
for (const [name, a, b] of rows) {
  console.log(`${name.padEnd(43)} | ${a.p50.toFixed(2).padStart(6)} | ${a.p95.toFixed(2).padStart(6)} | ${b.p50.toFixed(2)} / ${b.p95.toFixed(2)}`);
}
console.log(`\nMémoire du processus : ${Math.round(process.memoryUsage().rss / 1024 / 1024)} Mo`);
backend.close();
fs.rmSync(dataDir, { recursive: true, force: true });
