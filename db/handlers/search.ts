import type { SearchHit } from '../contract/search';
import type { Handler } from '../context';
import { formatCity, formatDate } from '../base/format';
import { CLIENT_KINDS, labelOf, TASK_KINDS, WORKER_STATUSES } from '../contract/reference';
import { escapeLike, searchWords } from '../base/search';
import { workerNameColumns, workerNameOf, type WorkerNameColumns } from '../records/workers';
import { clientNameColumns, clientNameOf, type ClientNameColumns } from '../records/clients';

const PER_KIND = 6;

const global: Handler<'search.global'> = (ctx, { query }) => {
  const words = searchWords(query);
  if (words.length === 0) return [];
  const like = (column: string) => words.map(() => `${column} LIKE ?`).join(' AND ');
  const params = words.map((w) => `%${escapeLike(w)}%`);
  const hits: SearchHit[] = [];
  const workers = ctx.sqlite
    .prepare(
      `SELECT w.id, ${workerNameColumns('w')}, w.status, w.city FROM workers w
       WHERE w.archived_at IS NULL AND ${like('w.search_text')} ORDER BY w.search_text LIMIT ${PER_KIND}`,
    )
    .all(...params) as (WorkerNameColumns & { id: number; status: string; city: string | null })[];
  for (const w of workers) {
    hits.push({
      kind: 'worker',
      id: w.id,
      label: workerNameOf(w),
      detail: ['Salarié', labelOf(WORKER_STATUSES, w.status), formatCity(w.city)].filter(Boolean).join(' · '),
      to: `/salaries/${w.id}`,
    });
  }
  const clients = ctx.sqlite
    .prepare(
      `SELECT c.id, ${clientNameColumns('c')}, c.city FROM clients c
       WHERE c.archived_at IS NULL AND ${like('c.search_text')} ORDER BY c.search_text LIMIT ${PER_KIND}`,
    )
    .all(...params) as (ClientNameColumns & { id: number; city: string | null })[];
  for (const c of clients) {
    hits.push({ kind: 'client', id: c.id, label: clientNameOf(c), detail: ['Utilisateur', labelOf(CLIENT_KINDS, c.client_kind), formatCity(c.city)].filter(Boolean).join(' · '), to: `/utilisateurs/${c.id}` });
  }
  // A placement matches when every word is in its worker's or its client's names.
  const placements = ctx.sqlite
    .prepare(
      `SELECT p.id, p.task_kind, p.start_date, p.end_date, ${workerNameColumns('w')}, ${clientNameColumns('c')}
       FROM placements p JOIN workers w ON w.id = p.worker_id JOIN clients c ON c.id = p.client_id
       WHERE p.status IN ('prevue', 'en_cours') AND ${like("(w.search_text || ' ' || c.search_text)")}
       ORDER BY p.start_date DESC LIMIT ${PER_KIND}`,
    )
    .all(...params) as (WorkerNameColumns & ClientNameColumns & { id: number; task_kind: string; start_date: string; end_date: string })[];
  for (const p of placements) {
    const name = workerNameOf(p);
    hits.push({
      kind: 'placement',
      id: p.id,
      label: `Mission : ${name} chez ${clientNameOf(p)}`,
      detail: `${labelOf(TASK_KINDS, p.task_kind)} · du ${formatDate(p.start_date)} au ${formatDate(p.end_date)}`,
      to: `/missions/${p.id}`,
    });
  }
  return hits;
};

export const searchHandlers = { 'search.global': global };
