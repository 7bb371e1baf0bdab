// Staff roles and what each may do (issue 13). Every call of the contract declares one of these
// permissions next to its schema (db/contract/define.ts makes it a required option, so a call
// cannot forget it); the dispatcher checks it against the logged-in account's role before any
// handler runs. Hiding a button is never the protection: the back end refuses.

export const ROLES = {
  direction: 'Direction',
  conseiller: 'Conseiller·ère en insertion',
  charge: 'Chargé·e de mission / assistant·e',
} as const;

export type Role = keyof typeof ROLES;
export const ROLE_CODES = Object.keys(ROLES) as [Role, ...Role[]];

const ALL: readonly Role[] = ['direction', 'conseiller', 'charge'];

/**
 * Permission → the roles that hold it. `public` needs no account (the start-up status, the
 * first-run wizard, logging in); `account` any logged-in account, whatever its role.
 *
 * The rule for a new domain: reading what the whole office works with is open to every role
 * (`*.read`); writing it belongs to the roles whose work it is; settings, accounts, the audit
 * log, backups and personal-data requests belong to direction.
 */
export const PERMISSIONS = {
  public: ALL,
  account: ALL,
  'workers.read': ALL,
  'workers.write': ['direction', 'conseiller'],
  /** Eligibility diagnoses (they carry health and justice criteria). */
  'diagnoses.write': ['direction', 'conseiller'],
  'clients.read': ALL,
  'clients.write': ['direction', 'charge'],
  'placements.read': ALL,
  'placements.write': ['direction', 'charge'],
  'hours.read': ALL,
  'hours.write': ['direction', 'charge'],
  /** Support notes, interviews, exits (issue 13: never the chargé·e). */
  'support.read': ['direction', 'conseiller'],
  'support.write': ['direction', 'conseiller'],
  'invoices.read': ['direction', 'charge'],
  'invoices.write': ['direction', 'charge'],
  /** Monthly documents and the annual report: counts, read by all. */
  'reports.read': ALL,
  /**
   * The rapport d'activité: its figures break people down by RQTH and open the list of names
   * behind each one, so it follows the support notes (never the chargé·e).
   */
  'reports.annual': ['direction', 'conseiller'],
  'settings.read': ALL,
  'settings.write': ['direction'],
  'accounts.manage': ['direction'],
  'audit.read': ['direction'],
  /** Whole copies of the data (backups, every table as CSV, restoring one). */
  'backup.manage': ['direction'],
  /** A person's file (GDPR access request) and anonymisation. */
  'personal-data.manage': ['direction'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function allows(permission: Permission, role: Role): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/**
 * Health and justice criteria of a diagnosis (RQTH, AAH, justice): special categories of data
 * (GDPR art. 9 and 10), held back from the chargé·e de mission, who places workers but does not
 * follow them. The back end strips them from what it returns to that role (db/redact.ts).
 */
export const SENSITIVE_CRITERIA = ['rqth', 'aah', 'justice'] as const;

export function seesSensitiveCriteria(role: Role): boolean {
  return role !== 'charge';
}
