// A second office PC issuing invoices at the same time as another (db/handlers/invoice-race.test.ts):
// opens the same database file, says « pret », waits for the go file, then issues the drafts it
// is given, then many small avoirs on the first, one call at a time, printing each number as
// the back end answers it.
import fs from 'node:fs';
import path from 'node:path';
import { startLoggedIn } from './session';

// The second PC's person logs in as the tests' direction account (the file's, made by the parent test).
const [dataDir, , month, ids, credits] = process.argv.slice(2) as [string, string, string, string, string];
const backend = startLoggedIn({ dataDir, migrationsDir: path.join(import.meta.dirname, '..', 'migrations'), version: 'test', startupBackupDelayMs: 3_600_000 });
await backend.ready;
console.log('pret');
const go = path.join(dataDir, 'go');
while (!fs.existsSync(go)) await new Promise((r) => setTimeout(r, 5));
for (const id of ids.split(',').map(Number)) {
  const r = backend.dispatch('invoices.issue', { month, issuedOn: '2026-11-02', ids: [id] });
  console.log(JSON.stringify(r.ok ? { id, number: (r.value as { numbers: string[] }).numbers[0] } : { id, error: r.error }));
}
const invoiceId = Number(ids.split(',')[0]);
for (let i = 0; i < Number(credits); i++) {
  const r = backend.dispatch('invoices.issueCredit', { invoiceId, issuedOn: '2026-11-02', amountCents: 1, reason: `Avoir ${i + 1}` });
  console.log(JSON.stringify(r.ok ? { id: invoiceId, number: (r.value as { number: string }).number } : { id: invoiceId, error: r.error }));
  // A breath between avoirs, as between two clicks: on a loaded machine one process could
  // otherwise issue all of its pieces before the other is even scheduled, and nothing would race.
  await new Promise((r) => setTimeout(r, 2));
}
backend.close();
process.exit(0);
