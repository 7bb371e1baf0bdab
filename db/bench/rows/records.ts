import { benchRow } from '../rows';

// Search as you type, and the record pages (what each page asks for when it opens).

const SEARCH_TARGET = { max: 5, on: 'p50' } as const;
const PAGE_TARGET = { max: 50, on: 'p95' } as const;
const NAME_SEARCH = 'archived_at IS NULL AND search_text LIKE ?';

export const recordRows = [
  benchRow({
    name: 'recherche à la frappe, salariés',
    target: SEARCH_TARGET,
    call: (f) => ({ name: 'workers.list', input: { search: f.search.worker } }),
    hand: (db, f) => {
      const q = db.prepare(`SELECT id, civility, birth_name, usage_name, first_name, birth_date, status, referent, city FROM workers WHERE ${NAME_SEARCH} ORDER BY search_text`);
      return () => q.all(`%${f.search.worker}%`);
    },
  }),
  benchRow({
    name: 'recherche à la frappe, utilisateurs',
    target: SEARCH_TARGET,
    call: (f) => ({ name: 'clients.list', input: { search: f.search.client } }),
    hand: (db, f) => {
      const q = db.prepare(`SELECT * FROM clients WHERE ${NAME_SEARCH} ORDER BY search_text`);
      return () => q.all(`%${f.search.client}%`);
    },
  }),
  benchRow({
    name: 'recherche globale',
    target: SEARCH_TARGET,
    call: (f) => ({ name: 'search.global', input: { query: f.search.global } }),
    hand: (db, f) => {
      const workers = db.prepare(`SELECT id, birth_name, usage_name, first_name, status, city FROM workers WHERE ${NAME_SEARCH} ORDER BY search_text LIMIT 6`);
      const clients = db.prepare(`SELECT id, name, kind, city FROM clients WHERE ${NAME_SEARCH} ORDER BY search_text LIMIT 6`);
      const placements = db.prepare(
        `SELECT p.id, p.task_kind, p.start_date, p.end_date, w.birth_name, w.usage_name, w.first_name, c.name FROM placements p
         JOIN workers w ON w.id = p.worker_id JOIN clients c ON c.id = p.client_id
         WHERE p.status IN ('prevue', 'en_cours') AND (w.search_text || ' ' || c.search_text) LIKE ? ORDER BY p.start_date DESC LIMIT 6`,
      );
      return () => {
        const like = `%${f.search.global}%`;
        return [workers.all(like), clients.all(like), placements.all(like)];
      };
    },
  }),
  benchRow({
    name: 'workers.get, la fiche du salarié le plus occupé',
    target: PAGE_TARGET,
    call: (f) => ({ name: 'workers.get', input: { id: f.busiestWorker } }),
    hand: (db, f) => {
      const worker = db.prepare('SELECT * FROM workers WHERE id = ?');
      const passes = db.prepare('SELECT * FROM pass_iae x LEFT JOIN pass_iae_periods y ON y.pass_id = x.id WHERE x.worker_id = ? ORDER BY x.start_date DESC');
      const diagnoses = db.prepare('SELECT * FROM eligibility_diagnoses WHERE worker_id = ? ORDER BY date DESC');
      const months = db.prepare(
        `SELECT substr(h.day, 1, 7) AS month, SUM(h.minutes), SUM(CASE WHEN c.counts_480 = 1 THEN h.minutes ELSE 0 END)
         FROM placements p JOIN clients c ON c.id = p.client_id JOIN hours h ON h.placement_id = p.id
         WHERE p.worker_id = ? GROUP BY month ORDER BY month DESC`,
      );
      return () => {
        const id = f.busiestWorker;
        return [worker.get(id), passes.all(id), diagnoses.all(id), months.all(id)];
      };
    },
  }),
  benchRow({
    name: 'placements.list, les missions de ce salarié (sa fiche)',
    target: PAGE_TARGET,
    call: (f) => ({ name: 'placements.list', input: { workerId: f.busiestWorker } }),
    hand: (db, f) => {
      const q = db.prepare(
        `SELECT p.*, c.name, c.kind, (SELECT SUM(minutes) FROM hours h WHERE h.placement_id = p.id) AS worked
         FROM placements p JOIN clients c ON c.id = p.client_id WHERE p.worker_id = ? ORDER BY p.start_date DESC`,
      );
      return () => q.all(f.busiestWorker);
    },
  }),
  benchRow({
    name: 'clients.get, la fiche de l’utilisateur le plus servi',
    target: PAGE_TARGET,
    call: (f) => ({ name: 'clients.get', input: { id: f.busiestClient } }),
    hand: (db, f) => {
      const client = db.prepare('SELECT * FROM clients WHERE id = ?');
      const memberships = db.prepare('SELECT * FROM memberships WHERE client_id = ? ORDER BY year DESC');
      const sites = db.prepare('SELECT * FROM client_work_addresses WHERE client_id = ? AND archived_at IS NULL ORDER BY label');
      return () => [client.get(f.busiestClient), memberships.all(f.busiestClient), sites.all(f.busiestClient)];
    },
  }),
  benchRow({
    name: 'placements.get, la mission la plus longue',
    target: PAGE_TARGET,
    call: (f) => ({ name: 'placements.get', input: { id: f.busiestPlacement } }),
    hand: (db, f) => {
      const q = db.prepare(
        `SELECT p.*, w.birth_name, w.usage_name, w.first_name, c.name, c.kind, c.counts_480,
                (SELECT SUM(minutes) FROM hours h WHERE h.placement_id = p.id) AS worked,
                (SELECT number FROM pass_iae x WHERE x.worker_id = p.worker_id ORDER BY x.start_date DESC LIMIT 1) AS pass
         FROM placements p JOIN workers w ON w.id = p.worker_id JOIN clients c ON c.id = p.client_id WHERE p.id = ?`,
      );
      return () => q.get(f.busiestPlacement);
    },
  }),
];
