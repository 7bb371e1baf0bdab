import type { BenchRow } from '../rows';
import { hoursRows } from './hours';
import { listRows } from './lists';
import { recordRows } from './records';

// Every back-end row of `npm run bench`, in the order printed. A later capability adds its own
// file here (invoicing, the annual report, backups).
export const BENCH_ROWS: BenchRow[] = [...listRows, ...hoursRows, ...recordRows];
