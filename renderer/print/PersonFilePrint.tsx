import type { PersonFile } from '../../db/contract/personal-data';
import { formatDateTime } from '../../db/base/format';
import { send } from '../api/client';
import { block, PrintedDocument, table, type PrintBlock } from './PrintedDocument';
import { PrintScreen } from './PrintScreen';
import { DocTitle } from './document-parts';

// Everything Passerelle holds on one worker, printed for the person who asked (GDPR access
// request), on the app's one print mechanism: every table's rows as stored, then the journal's
// entries about them. A table of few columns prints as a table (its header on each page); a
// wide row (the worker's own) as « champ : valeur » lines. Reading it is recorded in the journal.

type Row = Record<string, unknown>;

const cell = (v: unknown) => (v === null || v === undefined || v === '' ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v));

function tableBlocks(t: PersonFile['tables'][number]): PrintBlock[] {
  const title = block(`${t.table}-title`, <h2>{`${t.label} (${t.rows.length})`}</h2>, { keepWithNext: true });
  if (t.rows.length === 0) return [title, block(`${t.table}-none`, <p className="muted">Aucune donnée.</p>)];
  const columns = Object.keys(t.rows[0]!);
  if (columns.length <= 6) {
    return [
      title,
      table(t.table, {
        label: t.label,
        columns: columns.map((c) => ({ header: c, width: `${Math.floor(100 / columns.length)}%` })),
        rows: t.rows.map((r, i) => ({ key: String(i), cells: columns.map((c) => cell(r[c])) })),
      }),
    ];
  }
  return [
    title,
    ...t.rows.map((r: Row, i) =>
      table(`${t.table}-${i}`, {
        label: `${t.label} ${i + 1}`,
        head: false,
        columns: [
          { header: 'Champ', width: '45mm', rowHeader: true },
          { header: 'Valeur', width: 'auto' },
        ],
        rows: columns.map((c) => ({ key: c, cells: [c, cell(r[c])] })),
      }),
    ),
  ];
}

function fileBlocks(file: PersonFile): PrintBlock[] {
  return [
    block('title', <DocTitle>Données personnelles de {file.name}</DocTitle>, { keepWithNext: true }),
    block(
      'lead',
      <p>
        Tout ce que Passerelle conserve sur cette personne (salarié n° {file.workerId}), tel qu’enregistré, au {formatDateTime(file.madeAt)}. Dates au
        format AAAA-MM-JJ, montants en centimes, durées en minutes.
      </p>,
    ),
    ...file.tables.flatMap(tableBlocks),
  ];
}

export function PersonFilePrint({ id }: { id: number }) {
  return (
    <PrintScreen
      load={async () => {
        const r = await send('personalData.file', { workerId: id });
        return r.ok ? r.value : r.error.message;
      }}
      title={(f) => `Données personnelles de ${f.name}`}
      fileName={() => `donnees-personnelles-salarie-${id}.pdf`}
      back={{ to: `/salaries/${id}`, label: 'Retour à la fiche' }}
      preparing="Préparation du dossier…"
    >
      {(file) => <PrintedDocument key={id} label={`Données personnelles, salarié n° ${id}`} blocks={fileBlocks(file)} />}
    </PrintScreen>
  );
}
