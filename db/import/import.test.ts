import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBackend } from '../testing/backend';
import type { Backend } from '../backend';
import type { ImportCommitResult, ImportPreviewResult } from '../contract/imports';
import type { ClientInput } from '../contract/clients';
import type { WorkerInput, WorkerList } from '../contract/workers';
import type { ApiError } from '../contract/result';
import type { ExportFile } from '../contract/exports';
import { nirKey } from '../rules/nir';
import { luhnValid } from '../rules/siret';

// Imports as the office does them: a spreadsheet saved by French Excel (';', JJ/MM/AAAA,
// Windows-1252 or UTF-8 with BOM), previewed, then committed — through the dispatcher.

const envs: ReturnType<typeof tempBackend>[] = [];
let backend: Backend;
function freshBackend(): Backend {
  const env = tempBackend();
  envs.push(env);
  return env.backend;
}
beforeEach(() => {
  backend = freshBackend();
});
afterEach(() => {
  for (const env of envs.splice(0)) env.cleanup();
});

// ------------------------------------------------------------------ helpers

function ok<T>(r: ReturnType<Backend['dispatch']>): T {
  if (!r.ok) throw new Error(`Appel refusé : ${JSON.stringify(r.error)}`);
  return r.value as T;
}

function failure(r: ReturnType<Backend['dispatch']>): ApiError {
  if (r.ok) throw new Error(`Appel accepté alors qu'il devait être refusé : ${JSON.stringify(r.value)}`);
  return r.error;
}

const count = (b: Backend, table: string) => (b.sqlite!.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

function nir(first13: string): string {
  return first13 + String(nirKey(first13)).padStart(2, '0');
}

function siret(first13: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(first13 + d)) return first13 + d;
  throw new Error('unreachable');
}

/** French Excel's "CSV (séparateur : point-virgule)": Windows-1252, CRLF. Latin-1 = cp1252 for é è ê ë ï ç à ô É. */
const cp1252 = (text: string) => {
  expect([...text].every((ch) => ch.charCodeAt(0) <= 0xff)).toBe(true);
  return Buffer.from(text, 'latin1').toString('base64');
};
/** "CSV UTF-8" as Excel saves it: with a BOM. */
const utf8Bom = (text: string) => Buffer.from(`\uFEFF${text}`, 'utf8').toString('base64');
const utf8 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

const csv = (lines: string[]) => `${lines.join('\r\n')}\r\n`;

function preview(b: Backend, call: 'workers' | 'clients', fileBase64: string, mapping: Record<string, number | null> | null = null) {
  return ok<ImportPreviewResult>(b.dispatch(`${call}.importPreview`, { fileBase64, mapping }));
}

/** A list exported as CSV (the call answers once the file is written: backend.call). */
async function exported(b: Backend, list: 'workers' | 'clients'): Promise<{ fileName: string; content: string }> {
  const r = await b.call(`${list}.export`, { filters: {}, format: 'csv' });
  const file = ok<ExportFile>(r);
  return { fileName: file.fileName, content: Buffer.from(file.base64, 'base64').toString('utf8') };
}

/** Preview, then commit with the mapping the preview proposed (what the UI does). */
function importFile(b: Backend, call: 'workers' | 'clients', fileBase64: string, skipInvalid = false) {
  const p = preview(b, call, fileBase64);
  return b.dispatch(`${call}.importCommit`, { fileBase64, mapping: p.mapping, skipInvalid });
}

// ------------------------------------------------------------------ a 200-line workers file

const SURNAMES = ['Lefèvre', 'Benoît', 'Garçon', 'Noël', 'Hélias', 'Pérez', 'Dubois', 'Chênais', 'Lacôte', 'Giraud'];
const FIRST_NAMES = ['Hélène', 'Éloïse', 'François', 'Jérôme', 'Noémie', 'Gaël', 'Zoé', 'Loïc', 'Anaïs', 'André', 'Céline', 'Théo', 'Inès', 'Raphaël', 'Maëlle', 'Cédric', 'Chloé', 'Benoît', 'Agnès', 'Stéphane'];

/** The file's headings are the variants other software writes, not our labels. */
const HEADINGS = ['Civilité', 'NOM', 'Prénom', 'Né le', 'NIR', 'Adresse', 'CP', 'Ville', 'Compétences', 'Permis'];

interface Line {
  civility: string;
  name: string;
  first: string;
  born: string;
  nir: string;
}

/** 200 distinct, valid people; line k of the data is file line k + 1 (header = line 1). */
function people(): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < 200; i++) {
    const woman = i % 2 === 0;
    const day = 1 + (i % 28);
    const month = 1 + (i % 12);
    const year = 1960 + (i % 40);
    const p2 = (n: number) => String(n).padStart(2, '0');
    out.push({
      civility: woman ? 'Madame' : 'M.',
      name: `${SURNAMES[i % 10]}-${SURNAMES[Math.floor(i / 10) % 10]}`,
      first: FIRST_NAMES[i % 20]!,
      born: `${p2(day)}/${p2(month)}/${year}`,
      nir: nir(`${woman ? 2 : 1}${String(year).slice(2)}${p2(month)}69123${String(i).padStart(3, '0')}`),
    });
  }
  return out;
}

function workersFile(lines: Line[]): string {
  return csv([
    HEADINGS.join(';'),
    ...lines.map((l, i) => [l.civility, l.name, l.first, l.born, l.nir, `${i + 1} rue de la Paix`, '69001', 'Lyon', 'Ménage, Repassage', i % 3 === 0 ? 'oui' : 'non'].join(';')),
  ]);
}

/** Three bad lines: a NIR with a wrong key (data line 17), 31/02/1990 (88), no birth name (150). */
function withThreeErrors(): Line[] {
  const lines = people();
  const badKey = (Number(lines[16]!.nir.slice(13)) % 97) + 1;
  lines[16] = { ...lines[16]!, nir: lines[16]!.nir.slice(0, 13) + String(badKey).padStart(2, '0') };
  lines[87] = { ...lines[87]!, born: '31/02/1990' };
  lines[149] = { ...lines[149]!, name: '' };
  return lines;
}

/** A problem as the preview reports it: the column as the file heads it, Passerelle's name, the value refused. */
const problem = (line: number, column: string, field: string, value: string, message: string) => ({ line, column, field, value, message });
/** A problem of the whole line. */
const lineProblem = (line: number, message: string) => problem(line, '', '', '', message);

const EXPECTED_ERRORS = [
  problem(18, 'NIR', 'NIR', withThreeErrors()[16]!.nir, 'Ce NIR est faux : sa clé ne correspond pas aux 13 premiers caractères. Vérifiez la carte Vitale.'),
  problem(89, 'Né le', 'Date de naissance', '31/02/1990', "Cette date n'existe pas."),
  problem(151, 'NOM', 'Nom de naissance', '', 'Ce champ est obligatoire.'),
];

describe('workers import of a French Excel file (Windows-1252, ";", JJ/MM/AAAA)', () => {
  const file = () => cp1252(workersFile(withThreeErrors()));

  it('previews: maps the heading variants, reports exactly the 3 bad lines with line number, column and French message', () => {
    const p = preview(backend, 'workers', file());
    expect(p.encoding).toBe('windows-1252');
    expect(p.delimiter).toBe(';');
    expect(p.headers).toEqual(HEADINGS);
    expect(p.mapping).toMatchObject({ civility: 0, birthName: 1, firstName: 2, birthDate: 3, nir: 4, addressLine1: 5, postalCode: 6, city: 7, skills: 8, drivingLicence: 9 });
    expect(p.mapping.usageName).toBeNull();
    expect(p.missingColumns).toEqual([]);
    expect(p.total).toBe(200);
    expect(p.validCount).toBe(197);
    expect(p.errorLineCount).toBe(3);
    expect(p.errors).toEqual(EXPECTED_ERRORS);
    expect(p.summary).toBe('200 lignes lues : 197 valides, 3 en erreur.');
    expect(p.sample[0]).toEqual({
      line: 2,
      cells: {
        Civilité: 'Madame',
        'Nom de naissance': 'Lefèvre-Lefèvre',
        Prénom: 'Hélène',
        'Date de naissance': '01/01/1960',
        NIR: people()[0]!.nir,
        Adresse: '1 rue de la Paix',
        'Code postal': '69001',
        Commune: 'Lyon',
        Compétences: 'Ménage, Repassage',
        'Permis de conduire': 'oui',
      },
    });
    // A preview writes nothing.
    expect(count(backend, 'workers')).toBe(0);
  });

  it('refuses to commit while lines are in error, and imports nothing', () => {
    const e = failure(importFile(backend, 'workers', file()));
    expect(e.code).toBe('validation');
    expect(e.message).toBe(
      "3 ligne(s) comportent des erreurs : rien n'a été importé. Corrigez le fichier, ou confirmez que ces lignes seront ignorées.",
    );
    expect(count(backend, 'workers')).toBe(0);
    expect(count(backend, 'audit_log')).toBe(0);
  });

  it('imports the 197 valid lines once the user confirms the 3 others are left out, accents intact', () => {
    const r = ok<ImportCommitResult>(importFile(backend, 'workers', file(), true));
    expect(r).toEqual({ imported: 197, skipped: 3, summary: '197 salariés importés, 3 lignes ignorées.', reportId: 1 });
    expect(count(backend, 'workers')).toBe(197);
    const list = ok<WorkerList>(backend.dispatch('workers.list', { search: 'helene lefevre' }));
    expect(list.rows.map((r) => r.name)).toContain('LEFÈVRE-LEFÈVRE Hélène');
    const w = backend.sqlite!.prepare("SELECT civility, birth_date, skills, driving_licence, postal_code FROM workers WHERE first_name = 'Hélène' ORDER BY id LIMIT 1").get();
    expect(w).toEqual({ civility: 'Mme', birth_date: '1960-01-01', skills: '["menage","repassage"]', driving_licence: 1, postal_code: '69001' });
    const audit = backend.sqlite!.prepare("SELECT action, entity, details FROM audit_log").all() as { action: string; entity: string; details: string }[];
    expect(audit).toEqual([{ action: 'import', entity: 'salarie', details: JSON.stringify({ importees: 197, ignorees: 3, rapport: 1 }) }]);
  });

  it('reads the same file saved as UTF-8 with a BOM identically', () => {
    const text = workersFile(withThreeErrors());
    const p = preview(backend, 'workers', utf8Bom(text));
    expect(p.encoding).toBe('utf-8-bom');
    expect(p.headers).toEqual(HEADINGS);
    expect(p.errors).toEqual(EXPECTED_ERRORS);
    expect(p.validCount).toBe(197);
    const r = ok<ImportCommitResult>(importFile(backend, 'workers', utf8Bom(text), true));
    expect(r.imported).toBe(197);
    expect(backend.sqlite!.prepare("SELECT count(*) FROM workers WHERE first_name = 'Éloïse'").pluck().get()).toBe(10);
  });
});

describe('workers import: columns', () => {
  it('a missing required column is reported, nothing is checked, and the commit refuses', () => {
    const text = csv(['Civilité;Nom;Prénom;Ville', 'Madame;Dupont;Hélène;Lyon']);
    const p = preview(backend, 'workers', utf8(text));
    expect(p.missingColumns).toEqual(['Date de naissance']);
    expect(p.summary).toBe('Colonnes obligatoires à associer : Date de naissance.');
    expect(p.validCount).toBe(0);
    expect(p.errors).toEqual([]);
    const e = failure(backend.dispatch('workers.importCommit', { fileBase64: utf8(text), mapping: p.mapping, skipInvalid: true }));
    expect(e.code).toBe('validation');
    expect(e.message).toBe('Import impossible : colonnes obligatoires non associées (Date de naissance).');
    expect(count(backend, 'workers')).toBe(0);
  });

  it('the user can map a heading the app did not recognise', () => {
    const text = csv(['Civilité;Nom;Prénom;Anniversaire', 'Madame;Dupont;Hélène;12/03/1985']);
    const guessed = preview(backend, 'workers', utf8(text));
    expect(guessed.missingColumns).toEqual(['Date de naissance']);
    const mapping = { ...guessed.mapping, birthDate: 3 };
    expect(preview(backend, 'workers', utf8(text), mapping)).toMatchObject({ missingColumns: [], validCount: 1, errors: [] });
    expect(ok<ImportCommitResult>(backend.dispatch('workers.importCommit', { fileBase64: utf8(text), mapping })).imported).toBe(1);
  });

  it('an unknown required choice refuses the line, every problem of the line said with its value', () => {
    const text = csv(['Civilité;Nom;Prénom;Né le;Permis;Compétences', 'Mlle;Dupont;Hélène;12/03/1985;peut-être;Ménage, Cuisine']);
    const p = preview(backend, 'workers', utf8(text));
    expect(p.errors).toEqual([
      problem(2, 'Civilité', 'Civilité', 'Mlle', "« Mlle » n'est pas une valeur connue (attendu : Madame, Monsieur)."),
      problem(2, 'Permis', 'Permis de conduire', 'peut-être', '« peut-être » : répondez oui ou non.'),
    ]);
    expect(p.validCount).toBe(0);
  });

  it('an empty file or a file without headings is refused in French', () => {
    expect(failure(backend.dispatch('workers.importPreview', { fileBase64: '' })).fields).toEqual({ fileBase64: 'Le fichier est vide.' });
    expect(failure(backend.dispatch('workers.importPreview', { fileBase64: utf8('\r\n\r\n') })).message).toMatch(/en-têtes/);
  });
});

describe('workers import: duplicates', () => {
  it('reports lines that repeat an earlier line of the file, or a worker already registered', () => {
    const existing = ok<{ id: number }>(
      backend.dispatch('workers.create', { worker: { civility: 'Mme', birthName: 'Dupont', firstName: 'Hélène', birthDate: '12/03/1985' } }),
    ).id;
    expect(existing).toBeGreaterThan(0);
    const a = nir('1900375123001');
    const text = csv([
      'Civilité;Nom de naissance;Prénom;Date de naissance;NIR',
      `M.;Martin;Paul;01/02/1990;${a}`,
      'Madame;DUPONT;helene;12/03/1985;', // already registered (other case and accents)
      `M.;Durand;Jacques;05/05/1975;${a}`, // same NIR as line 2
      'M.;Martin;Paul;01/02/1990;', // same person as line 2
      'M.;Bernard;Luc;03/03/1980;',
    ]);
    const p = preview(backend, 'workers', utf8(text));
    expect(p.errors).toEqual([
      lineProblem(3, 'Ce salarié existe déjà : DUPONT Hélène (même nom, même prénom et même date de naissance).'),
      problem(4, 'NIR', 'NIR', a, "Même NIR qu'à la ligne 2 du fichier."),
      lineProblem(5, "Même salarié qu'à la ligne 2 du fichier."),
    ]);
    expect(p.validCount).toBe(2);
    expect(ok<ImportCommitResult>(importFile(backend, 'workers', utf8(text), true)).imported).toBe(2);
    expect(count(backend, 'workers')).toBe(3);
  });

  it('reports a NIR already registered', () => {
    const a = nir('1900375123001');
    ok(backend.dispatch('workers.create', { worker: { civility: 'M.', birthName: 'Martin', firstName: 'Paul', birthDate: '01/02/1990', nir: a } }));
    const text = csv(['Civilité;Nom;Prénom;Né le;NIR', `M.;Autre;Nom;01/01/1970;${a}`]);
    expect(preview(backend, 'workers', utf8(text)).errors).toEqual([lineProblem(2, 'Ce salarié existe déjà : MARTIN Paul (même NIR).')]);
  });

  it('imports the PASS IAE beside the worker, and reports a PASS number already used', () => {
    const id = ok<{ id: number }>(
      backend.dispatch('workers.create', { worker: { civility: 'M.', birthName: 'Martin', firstName: 'Paul', birthDate: '01/02/1990' } }),
    ).id;
    ok(backend.dispatch('workers.savePass', { workerId: id, number: '999999000001', startDate: '05/01/2026' }));
    const text = csv([
      'Civilité;Nom;Prénom;Né le;N° PASS IAE;Début du PASS IAE',
      'Madame;Dupont;Hélène;12/03/1985;9999 9900 0002;05/01/2026',
      'Madame;Durand;Anaïs;13/03/1985;999999000001;05/01/2026', // another worker's PASS
      'Madame;Roux;Inès;14/03/1985;999999000002;05/01/2026', // same PASS as line 2
      'Madame;Petit;Zoé;15/03/1985;999999000003;', // PASS without its start
    ]);
    const p = preview(backend, 'workers', utf8(text));
    expect(p.errors).toEqual([
      problem(3, 'N° PASS IAE', 'N° PASS IAE', '999999000001', 'Ce numéro de PASS IAE est déjà enregistré pour un autre salarié.'),
      problem(4, 'N° PASS IAE', 'N° PASS IAE', '999999000002', "Même numéro de PASS IAE qu'à la ligne 2 du fichier."),
      problem(5, 'Début du PASS IAE', 'Début du PASS IAE', '', 'Le début du PASS IAE est obligatoire avec son numéro.'),
    ]);
    ok(importFile(backend, 'workers', utf8(text), true));
    const imported = backend.sqlite!.prepare("SELECT number, start_date FROM pass_iae WHERE number = '999999000002'").all();
    expect(imported).toEqual([{ number: '999999000002', start_date: '2026-01-05' }]);
  });
});

// ------------------------------------------------------------------ export → import round trips

const baseWorker: WorkerInput = { civility: 'Mme', birthName: 'x', firstName: 'x', birthDate: '01/01/1990' };

function fillWorkers(b: Backend) {
  const add = (w: Partial<WorkerInput>, allowDuplicate = false) =>
    ok<{ id: number }>(b.dispatch('workers.create', { worker: { ...baseWorker, ...w }, allowDuplicate })).id;
  const helene = add({
    birthName: 'Dupont-Lefèvre',
    usageName: 'Martin',
    firstName: 'Hélène',
    birthDate: '12/03/1985',
    nir: nir('2850375123456'),
    addressLine1: '12 rue des Tanneurs',
    addressLine2: 'Bât. B; 2e étage',
    postalCode: '69001',
    city: 'Lyon',
    qpv: true,
    phone: '06 12 34 56 78',
    email: 'helene@exemple.fr',
    orienteur: 'departement',
    educationLevel: 'cap_bep',
    drivingLicence: true,
    vehicle: true,
    skills: ['menage', 'garde_enfants', 'second_oeuvre'],
    availability: 'Le matin, sauf le "mercredi"',
    referent: 'Claire Martin',
    status: 'en_parcours',
    entryDate: '05/01/2026',
    notes: 'Première ligne\nDeuxième ligne',
  });
  ok(b.dispatch('workers.savePass', { workerId: helene, number: '99999a123456', startDate: '05/01/2026' }));
  add({
    civility: 'M.',
    birthName: 'Ngoma',
    firstName: 'Jean-Noël',
    birthDate: '30/06/1978',
    nationality: 'hors_ue',
    permitNumber: '7501234567',
    permitExpiry: '30/06/2027',
    orienteur: 'spontanee',
    educationLevel: 'aucun',
    status: 'sorti',
    entryDate: '01/02/2024',
    exitDate: '31/01/2025',
  });
  add({ civility: 'Mme', birthName: 'Élie', firstName: 'Zoé', birthDate: '01/01/2000', nationality: 'ue', skills: ['autre'] });
  // Two namesakes (born on different days): the list keeps them in the same order after the trip.
  add({ civility: 'M.', birthName: 'Martin', firstName: 'Paul', birthDate: '01/02/1990', city: 'Vénissieux' });
  add({ civility: 'M.', birthName: 'Martin', firstName: 'Paul', birthDate: '01/02/1980', city: 'Bron' });
}

describe('export → import round trip', () => {
  it('workers: a second database imports the export and exports the very same bytes', async () => {
    fillWorkers(backend);
    const first = await exported(backend, 'workers');
    expect(first.fileName).toMatch(/^salaries-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(first.content.startsWith('\uFEFF"Civilité";"Nom de naissance";')).toBe(true);
    expect(first.content.split('\r\n')).toHaveLength(1 + 5 + 1); // header, 5 workers, '' after the final CRLF (a note's own \n stays quoted)
    expect(first.content).toContain('"Première ligne\nDeuxième ligne"');

    const second = freshBackend();
    const fileBase64 = utf8(first.content);
    const p = preview(second, 'workers', fileBase64);
    expect(p).toMatchObject({ encoding: 'utf-8-bom', missingColumns: [], errors: [], validCount: 5 });
    expect(ok<ImportCommitResult>(second.dispatch('workers.importCommit', { fileBase64, mapping: p.mapping })).imported).toBe(5);
    const again = await exported(second, 'workers');
    expect(again.content).toBe(first.content);
    expect(count(second, 'pass_iae')).toBe(1);
  });

  it('clients: a second database imports the export and exports the very same bytes', async () => {
    const add = (c: Partial<ClientInput>) =>
      ok(backend.dispatch('clients.create', { client: { kind: 'entreprise', name: 'x', ...c }, allowDuplicate: true }));
    add({
      name: 'Boulangerie Lefèvre',
      siret: '732 829 320 00074',
      contactName: 'Océane Roux',
      addressLine1: '3 place Bellecour',
      addressLine2: 'Entrée "B"',
      postalCode: '69002',
      city: 'Lyon',
      phone: '04 78 00 00 00',
      email: 'contact@lefevre.fr',
      hourlyRateCents: '22,50',
      paymentTermsDays: 45,
      lastLayoffDate: '15/09/2025',
      lastLayoffPost: 'manutention',
      notes: 'Clé chez la gardienne\nCode 1234',
    });
    add({ kind: 'association', name: 'Élan Solidaire', counts480: true, hourlyRateCents: '19' });
    add({ kind: 'particulier', civility: 'M.', lastName: 'Roux', firstName: 'Jean', paymentTermsDays: 0 });
    add({ kind: 'bailleur_social', name: 'Habitat Rhône', siret: siret('4420306610001') });
    add({ kind: 'collectivite', name: 'Mairie de Saint-Étienne', counts480: false });
    const first = await exported(backend, 'clients');
    expect(first.fileName).toMatch(/^utilisateurs-\d{4}-\d{2}-\d{2}\.csv$/);

    const second = freshBackend();
    const r = ok<ImportCommitResult>(importFile(second, 'clients', utf8(first.content)));
    expect(r).toEqual({ imported: 5, skipped: 0, summary: '5 utilisateurs importés.', reportId: 1 });
    const again = await exported(second, 'clients');
    expect(again.content).toBe(first.content);
  });
});

// ------------------------------------------------------------------ clients import

describe('clients import', () => {
  it('reads a Windows-1252 file, reports bad SIRETs, unknown kinds and repeated SIRETs by line', () => {
    const s = siret('4420306610001');
    const text = csv([
      'Type;Raison sociale;SIRET;CP;Ville;Taux horaire',
      `Société;Garage Benoît;${s};69003;Lyon;21,00`,
      'Association;Les Amis;73282932000075;69001;Lyon;',
      'Fondation;Les Autres;;69001;Lyon;',
      `Entreprise;Garage Benoît (atelier);${s};69003;Lyon;21,00`,
      'Mairie;Mairie de Bron;;69500;Bron;18,5',
    ]);
    const p = preview(backend, 'clients', cp1252(text));
    expect(p.encoding).toBe('windows-1252');
    expect(p.errors).toEqual([
      problem(3, 'SIRET', 'SIRET', '73282932000075', "Ce SIRET n'existe pas : sa clé de contrôle est fausse. Vérifiez les chiffres."),
      problem(4, 'Type', 'Type', 'Fondation', "« Fondation » n'est pas une valeur connue (attendu : Particulier, Entreprise, Association, Collectivité, Bailleur social)."),
      lineProblem(5, "Même SIRET qu'à la ligne 2 du fichier."),
    ]);
    const r = ok<ImportCommitResult>(importFile(backend, 'clients', cp1252(text), true));
    expect(r).toEqual({ imported: 2, skipped: 3, summary: '2 utilisateurs importés, 3 lignes ignorées.', reportId: 1 });
    const rows = backend.sqlite!.prepare('SELECT kind, name, hourly_rate_cents AS rate, counts_480 AS c FROM clients ORDER BY id').all();
    expect(rows).toEqual([
      { kind: 'entreprise', name: 'Garage Benoît', rate: 2100, c: 1 },
      { kind: 'collectivite', name: 'Mairie de Bron', rate: 1850, c: 0 },
    ]);
    // Importing the same file again: the line with a SIRET is now a duplicate of a registered client.
    const again = preview(backend, 'clients', cp1252(text));
    expect(again.errors.find((e) => e.line === 2)?.message).toBe('Cet utilisateur existe déjà : Garage Benoît (même SIRET).');
  });
});

describe("clients import: an economic layoff's post", () => {
  it('reads the post in words as the task it clearly names; words that name no task are refused on the line', () => {
    const text = csv([
      'Type;Raison sociale;Dernier licenciement économique;Poste du licenciement',
      'Entreprise;Transports Rhône;01/12/2025;Manutentionnaire',
      'Entreprise;Propreté Lyonnaise;01/12/2025;Nettoyage de locaux',
      'Entreprise;Bâtir;01/12/2025;Agent polyvalent',
    ]);
    const p = preview(backend, 'clients', utf8(text));
    expect(p.errors).toEqual([
      problem(4, 'Poste du licenciement', 'Poste du licenciement', 'Agent polyvalent', expect.stringMatching(/^« Agent polyvalent » n'est pas une valeur connue/)),
    ]);
    ok(importFile(backend, 'clients', utf8(text), true));
    expect(backend.sqlite!.prepare('SELECT name, last_layoff_post AS post FROM clients ORDER BY id').all()).toEqual([
      { name: 'Transports Rhône', post: 'manutention' },
      { name: 'Propreté Lyonnaise', post: 'nettoyage_locaux' },
    ]);
  });
});

describe("clients import: a particulier's name", () => {
  it('reads Civilité, Nom and Prénom for a particulier, and Raison sociale for an organisation', () => {
    const text = csv(['Type;Raison sociale;Civilité;Nom;Prénom;Ville', 'Particulier;;Madame;Moreau;Jeanne;Lyon', 'Association;Les Amis;;;;Bron']);
    expect(ok<ImportCommitResult>(importFile(backend, 'clients', utf8(text))).imported).toBe(2);
    const rows = ok<{ rows: { name: string }[] }>(backend.dispatch('clients.list', {})).rows.map((r) => r.name);
    expect(rows).toEqual(['Les Amis', 'Mme Jeanne MOREAU']);
  });

  it('splits the whole name of an older file where it clearly reads so, and says what is missing otherwise', () => {
    const text = csv(['Type;Nom ou raison sociale;Ville', 'Particulier;M. Jean-Pierre DUPONT;Lyon', 'Particulier;Famille Durand;Lyon', 'Entreprise;Garage Benoît;Lyon']);
    const p = preview(backend, 'clients', utf8(text));
    expect(p.errors).toEqual([
      problem(3, '', 'Civilité', '', 'Choisissez Madame ou Monsieur.'),
      problem(3, '', 'Nom', '', 'Ce champ est obligatoire.'),
      problem(3, '', 'Prénom', '', 'Ce champ est obligatoire.'),
    ]);
    expect(ok<ImportCommitResult>(importFile(backend, 'clients', utf8(text), true)).imported).toBe(2);
    const detail = backend.sqlite!.prepare("SELECT civility, first_name AS f, last_name AS l, name FROM clients WHERE kind = 'particulier'").get();
    expect(detail).toEqual({ civility: 'M.', f: 'Jean-Pierre', l: 'DUPONT', name: null });
  });
});
