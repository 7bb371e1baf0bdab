import type { BenchRow } from '../rows';
import { backupRows } from './backups';
import { hoursRows } from './hours';
import { invoicingRows } from './invoicing';
import { listRows } from './lists';
import { recordRows } from './records';
import { annualReportRows } from './annual-report';

// Every back-end row of `npm run bench`, in the order printed. A later capability adds its own
// file here (invoicing, the annual report…).
export const BENCH_ROWS: BenchRow[] = [
  ...listRows,
  ...hoursRows,
  ...invoicingRows,
  ...recordRows,
  ...annualReportRows,
  ...backupRows,
];
