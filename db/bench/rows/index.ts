import type { BenchRow } from '../rows';
import { backupRows } from './backups';
import { hoursRows } from './hours';
import { listRows } from './lists';
import { recordRows } from './records';

// Every back-end row of `npm run bench`, in the order printed. A later capability adds its own
// file here (invoicing, the annual report…).
export const BENCH_ROWS: BenchRow[] = [...listRows, ...hoursRows, ...recordRows, ...backupRows];
