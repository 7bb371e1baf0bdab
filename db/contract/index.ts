import { appContract } from './app';
import { settingsContract } from './settings';
import { workersContract } from './workers';
import { clientsContract } from './clients';
import { searchContract } from './search';
import { alertsContract } from './alerts';
import { hoursContract } from './hours';
import { placementsContract } from './placements';
import { ruleSettingsContract } from './rule-settings';
import { backupContract } from './backup';
import { reportsContract } from './reports';
import { importsContract } from './imports';
import { annualReportContract } from './annual-report';
import { taxCertificatesContract } from './tax-certificates';
import { accountsContract } from './accounts';
import { auditContract } from './audit';
import { personalDataContract } from './personal-data';
import { supportContract } from './support';
import { invoicesContract } from './invoices';
import { invoiceSettingsContract } from './invoice-settings';
import type { CallInput, CallOutput, CallParsed } from './define';

// The whole API as the UI sees it: one map of `domain.action` calls. The handler map in
// db/api.ts must implement exactly these names (checked by the compiler), so the renderer's
// client is typed from the same source as the back end.
export const contract = {
  ...appContract,
  ...settingsContract,
  ...workersContract,
  ...clientsContract,
  ...placementsContract,
  ...hoursContract,
  ...alertsContract,
  ...ruleSettingsContract,
  ...searchContract,
  ...backupContract,
  ...reportsContract,
  ...importsContract,
  ...annualReportContract,
  ...taxCertificatesContract,
  ...accountsContract,
  ...auditContract,
  ...personalDataContract,
  ...supportContract,
  ...invoicesContract,
  ...invoiceSettingsContract,
};

export type Contract = typeof contract;
export type CallName = keyof Contract;
export type Input<K extends CallName> = CallInput<Contract[K]>;
export type Parsed<K extends CallName> = CallParsed<Contract[K]>;
export type Output<K extends CallName> = CallOutput<Contract[K]>;

export function isCallName(name: string): name is CallName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export type { Result, ApiError, ErrorCode } from './result';
