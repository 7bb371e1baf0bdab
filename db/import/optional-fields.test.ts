import { describe, expect, it } from 'vitest';
import { onFreshBackend, unwrap } from '../testing/backend';
import type { Backend } from '../backend';
import type { ExportFile } from '../contract/exports';
import type { ImportCommitResult, ImportPreviewResult, ImportReport } from '../contract/imports';
import { nirKey } from '../rules/nir';
import { parseCsv } from '../csv/parse';
import { decodeCsvBytes } from '../csv/decode';

// Real spreadsheets, through the dispatcher on a real file: an optional field that cannot be
// read leaves the person imported without it, with a note; a required field, an identity or a
// date refuses the line; what a spreadsheet did to a number (a phone's or a postcode's lost 0)
// is put right, with a note; and the report of the refused lines stays after the import.

let backend: Backend;
onFreshBackend((b) => {
  backend = b;
});

const ok = unwrap;

const utf8 = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8').toString('base64');
const preview = (fileBase64: string) => ok<ImportPreviewResult>(backend.dispatch('workers.importPreview', { fileBase64 }));
const commit = (fileBase64: string, fileName = 'salaries.csv') =>
  ok<ImportCommitResult>(backend.dispatch('workers.importCommit', { fileBase64, mapping: preview(fileBase64).mapping, skipInvalid: true, fileName }));
const row = (sql: string, ...params: unknown[]) => backend.sqlite!.prepare(sql).get(...params) as Record<string, unknown>;

const NIR = `1900375123001${String(nirKey('1900375123001')).padStart(2, '0')}`;
const HEADER = 'Civilité;Nom;Prénom;Né le;N° de sécurité sociale;Code postal;Téléphone;E-mail;Orienteur;Permis;Compétences';

describe('an accented e-mail address', () => {
  it('is valid (RFC 6531): the four people refused before are imported with it', () => {
    const file = utf8([
      HEADER,
      'M.;Dupont;François;01/02/1990;;69001;;françois.dupont@exemple.fr;;;',
      'Mme;Noël;Zoé;02/02/1990;;69001;;zoé.noël@exemple.fr;;;',
      'Mme;Hélias;Anaïs;03/02/1990;;69001;;anaïs@société-exemple.fr;;;',
      'M.;Pérez;Jérôme;04/02/1990;;69001;;JÉRÔME.PEREZ@Exemple.FR;;;',
    ]);
    expect(preview(file)).toMatchObject({ validCount: 4, errors: [], notes: [] });
    expect(commit(file).imported).toBe(4);
    expect(backend.sqlite!.prepare('SELECT email FROM workers ORDER BY id').pluck().all()).toEqual([
      'françois.dupont@exemple.fr',
      'zoé.noël@exemple.fr',
      'anaïs@société-exemple.fr',
      'JÉRÔME.PEREZ@exemple.fr',
    ]);
  });
});

describe('an optional field that cannot be read', () => {
  it('leaves the person imported without it, with a note naming the column and the value', () => {
    const file = utf8([HEADER, 'M.;Martin;Paul;01/02/1990;;69001;06 12;paul@@exemple;Voisin;peut-être;Ménage, Cuisine']);
    const p = preview(file);
    expect(p.errors).toEqual([]);
    expect(p.validCount).toBe(1);
    expect(p.noteLineCount).toBe(1);
    expect(p.summary).toBe('1 ligne lue : 1 valide, 0 en erreur. 1 ligne valide porte une remarque.');
    expect(p.notes).toEqual([
      { line: 2, column: 'Compétences', field: 'Compétences', value: 'Ménage, Cuisine', message: expect.stringMatching(/^« Cuisine » n'est pas une valeur connue .* Elle n'est pas importée\.$/) },
      { line: 2, column: 'Orienteur', field: 'Orienteur', value: 'Voisin', message: expect.stringMatching(/^« Voisin » n'est pas une valeur connue .* La valeur n'est pas importée\.$/) },
      { line: 2, column: 'Permis', field: 'Permis de conduire', value: 'peut-être', message: "« peut-être » : répondez oui ou non. La valeur n'est pas importée." },
      { line: 2, column: 'Téléphone', field: 'Téléphone', value: '06 12', message: "Numéro de téléphone invalide (exemple : 01 23 45 67 89). La valeur n'est pas importée." },
      { line: 2, column: 'E-mail', field: 'E-mail', value: 'paul@@exemple', message: "Adresse e-mail invalide (exemple : nom@exemple.fr). La valeur n'est pas importée." },
    ]);
    commit(file);
    expect(row('SELECT phone, email, orienteur, driving_licence AS licence, skills FROM workers')).toEqual({
      phone: null,
      email: null,
      orienteur: null,
      licence: 0,
      skills: '["menage"]',
    });
  });

  it('still refuses the line for a required field, a NIR, a date, or a field another one needs', () => {
    const bad = `${NIR.slice(0, 13)}${String((Number(NIR.slice(13)) % 97) + 1).padStart(2, '0')}`;
    const file = utf8([
      'Civilité;Nom;Prénom;Né le;N° de sécurité sociale;Nationalité;Titre de séjour;Fin du titre de séjour;E-mail',
      `M.;Martin;Paul;01/02/1990;${bad};;;;paul@@exemple`,
      'M.;Durand;Luc;31/02/1990;;;;;',
      ';Petit;Léa;01/02/1990;;;;;',
      `M.;Sow;Ali;01/02/1990;;Hors UE;${'7'.repeat(41)};30/06/2027;`,
    ]);
    const p = preview(file);
    expect(p.validCount).toBe(0);
    expect(p.errors.map((e) => [e.line, e.column, e.value, e.message])).toEqual([
      [2, 'N° de sécurité sociale', bad, 'Ce NIR est faux : sa clé ne correspond pas aux 13 premiers caractères. Vérifiez la carte Vitale.'],
      [2, 'E-mail', 'paul@@exemple', 'Adresse e-mail invalide (exemple : nom@exemple.fr).'],
      [3, 'Né le', '31/02/1990', "Cette date n'existe pas."],
      [4, 'Civilité', '', 'Choisissez Madame ou Monsieur.'],
      [5, 'Titre de séjour', '7'.repeat(41), '40 caractères au maximum.'],
    ]);
  });
});

describe('numbers a spreadsheet changed', () => {
  it("restores a phone's and a postcode's lost 0, with a note, and stores phones in one form", () => {
    const file = utf8([
      HEADER,
      'M.;Martin;Paul;01/02/1990;;1000;612345678;;;;',
      'M.;Durand;Luc;02/02/1990;;75011;+33 6.12.34.56.79;;;;',
      'M.;Petit;Léo;03/02/1990;;75011;04-72-00-00-00;;;;',
    ]);
    const p = preview(file);
    expect(p.errors).toEqual([]);
    expect(p.notes).toEqual([
      { line: 2, column: 'Code postal', field: 'Code postal', value: '1000', message: 'Le 0 du début, perdu par le tableur, a été remis : 01000.' },
      { line: 2, column: 'Téléphone', field: 'Téléphone', value: '612345678', message: 'Le 0 du début, perdu par le tableur, a été remis : 06 12 34 56 78.' },
    ]);
    commit(file);
    expect(backend.sqlite!.prepare('SELECT postal_code AS cp, phone FROM workers ORDER BY id').all()).toEqual([
      { cp: '01000', phone: '06 12 34 56 78' },
      { cp: '75011', phone: '+33 6 12 34 56 79' },
      { cp: '75011', phone: '04 72 00 00 00' },
    ]);
  });
});

describe('the report of an import', () => {
  const file = () =>
    utf8([
      'Civilité;Nom;Prénom;Né le;N° de sécurité sociale;Adresse;Téléphone',
      'M.;Martin;Paul;01/02/1990;;"3, rue des Lilas";612345678',
      'M.;Durand;Luc;31/02/1990;;"12, place Bellecour";',
      ';Petit;Léa;01/02/1990;2 90;;',
    ]);

  it('is kept after the import: the refused lines as the file had them, with their problems, and the notes', () => {
    const r = commit(file(), 'inscriptions-novembre.csv');
    expect(r).toMatchObject({ imported: 1, skipped: 2, summary: '1 salarié importé, 2 lignes ignorées.' });
    const report = ok<ImportReport>(backend.dispatch('imports.report', { id: r.reportId }));
    expect(report).toMatchObject({ id: r.reportId, list: 'salaries', fileName: 'inscriptions-novembre.csv', imported: 1, refused: 2, actor: 'test' });
    expect(report.headers).toEqual(['Civilité', 'Nom', 'Prénom', 'Né le', 'N° de sécurité sociale', 'Adresse', 'Téléphone']);
    expect(report.refusedLines.map((l) => [l.line, l.cells, l.problems.map((p) => p.column)])).toEqual([
      [3, ['M.', 'Durand', 'Luc', '31/02/1990', '', '12, place Bellecour', ''], ['Né le']],
      [4, ['', 'Petit', 'Léa', '01/02/1990', '2 90', '', ''], ['Civilité', 'N° de sécurité sociale']],
    ]);
    expect(report.notes.map((n) => [n.line, n.column, n.value])).toEqual([[2, 'Téléphone', '612345678']]);
    const recent = ok<{ id: number }[]>(backend.dispatch('imports.recent', { list: 'salaries' }));
    expect(recent.map((x) => x.id)).toEqual([r.reportId]);
  });

  it('gives the refused lines as a CSV of the original lines and a « Problème » column, which imports again once corrected', () => {
    const r = commit(file());
    const csv = ok<ExportFile>(backend.dispatch('imports.refusedLines', { id: r.reportId }));
    expect(csv.fileName).toBe('salaries-lignes-refusees.csv');
    const parsed = parseCsv(decodeCsvBytes(Buffer.from(csv.base64, 'base64')).text);
    expect(parsed.headers).toEqual(['Civilité', 'Nom', 'Prénom', 'Né le', 'N° de sécurité sociale', 'Adresse', 'Téléphone', 'Problème']);
    expect(parsed.rows.map((x) => x.cells)).toEqual([
      ['M.', 'Durand', 'Luc', '31/02/1990', '', '12, place Bellecour', '', "Né le : « 31/02/1990 » : Cette date n'existe pas."],
      [
        '',
        'Petit',
        'Léa',
        '01/02/1990',
        '2 90',
        '',
        '',
        'Civilité : « (vide) » : Choisissez Madame ou Monsieur. | N° de sécurité sociale : « 2 90 » : Le NIR comporte 15 caractères : 13 chiffres (2A ou 2B pour la Corse) et une clé de 2 chiffres.',
      ],
    ]);
    // Corrected in the spreadsheet, the file imports as it is (the « Problème » column is ignored).
    const corrected = parsed.rows.map((x) => x.cells.map((c, i) => (i === 3 && c === '31/02/1990' ? '28/02/1990' : i === 0 && c === '' ? 'Mme' : i === 4 ? '' : c)));
    const again = utf8([parsed.headers.join(';'), ...corrected.map((c) => c.map((x) => `"${x}"`).join(';'))]);
    expect(commit(again).imported).toBe(2);
    expect(backend.sqlite!.prepare('SELECT count(*) FROM workers').pluck().get()).toBe(3);
  });

  it('is refused in French when it does not exist', () => {
    const r = backend.dispatch('imports.report', { id: 99 });
    expect(r.ok ? null : r.error.message).toBe("Ce rapport d'import n'existe pas (ou plus).");
  });
});
