import type { AppStatus } from './contract/app';
import type { HandlerMap } from './context';
import { appHandlers } from './handlers/app';
import { settingsHandlers } from './handlers/settings';
import { invoiceSettingsHandlers } from './handlers/invoice-settings';
import { invoiceHandlers } from './handlers/invoices';
import { invoicePaymentHandlers } from './handlers/invoice-payments';
import { salesJournalHandlers } from './handlers/sales-journal';
import { workersHandlers } from './handlers/workers';
import { clientsHandlers } from './handlers/clients';
import { placementsHandlers } from './handlers/placements';
import { hoursHandlers } from './handlers/hours';
import { alertsHandlers } from './handlers/alerts';
import { ruleSettingsHandlers } from './handlers/rule-settings';
import { searchHandlers } from './handlers/search';
import { backupHandlers, type BackupDeps } from './handlers/backup';
import { reportsHandlers } from './handlers/reports';
import { importsHandlers } from './handlers/imports';
import { annualReportHandlers } from './handlers/annual-report';
import { taxCertificatesHandlers } from './handlers/tax-certificates';
import { accountsHandlers } from './handlers/accounts';
import { auditHandlers } from './handlers/audit';
import { personalDataHandlers } from './handlers/personal-data';
import { supportHandlers } from './handlers/support';

// The handler map, assembled from the domains. `satisfies HandlerMap` makes the compiler check
// that every call of the contract has exactly one handler with the right input and output.
export function createHandlers(status: () => AppStatus, backups: BackupDeps) {
  return {
    ...appHandlers(status),
    ...settingsHandlers,
    ...invoiceSettingsHandlers,
    ...invoiceHandlers,
    ...invoicePaymentHandlers,
    ...salesJournalHandlers,
    ...workersHandlers,
    ...clientsHandlers,
    ...placementsHandlers,
    ...hoursHandlers,
    ...alertsHandlers,
    ...ruleSettingsHandlers,
    ...searchHandlers,
    ...backupHandlers(backups),
    ...reportsHandlers,
    ...importsHandlers,
    ...annualReportHandlers,
    ...taxCertificatesHandlers,
    ...accountsHandlers,
    ...auditHandlers,
    ...personalDataHandlers,
    ...supportHandlers,
  } satisfies HandlerMap;
}
