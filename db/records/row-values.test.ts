import { getTableColumns } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { WORKER_FIELDS } from '../contract/worker-fields';
import { CLIENT_FIELDS } from '../contract/client-fields';
import { workerInput } from '../contract/workers';
import { clients, workers } from '../schema';
import { rowOf, valuesOf } from './row-values';

// The description and the table must agree: each field is a column of the same key.

describe('the row <-> values mapper', () => {
  it('finds a column for every field of the workers and of the clients', () => {
    expect(Object.keys(WORKER_FIELDS).filter((k) => !(k in getTableColumns(workers)))).toEqual([]);
    expect(Object.keys(CLIENT_FIELDS).filter((k) => !(k in getTableColumns(clients)))).toEqual([]);
  });

  it('stores a list of choices as JSON text and reads back the same values', () => {
    const values = workerInput.parse({ civility: 'Mme', birthName: 'Lefèvre', firstName: 'Hélène', birthDate: '12/03/1985', skills: ['menage', 'plonge'], qpv: true });
    const row = rowOf(WORKER_FIELDS, values);
    expect(row.skills).toBe('["menage","plonge"]');
    expect(row.qpv).toBe(true);
    expect(valuesOf(WORKER_FIELDS, row)).toEqual(values);
  });
});
