import type { ClientKind, TaskKind } from '../../contract/reference';
import type { WorkerValues } from '../../contract/workers';

// What the generator plans before anything is written: plain rows with the app's column
// values (dates as `YYYY-MM-DD`, money in cents, durations in minutes), and the hours in typed
// arrays (1.5 million of them at federation size).

export interface BenchSize {
  workers: number;
  clients: number;
  years: number;
  /** The CIPs who follow the workers. */
  referents: number;
}

export interface PassPlan {
  id: number;
  number: string;
  startDate: string;
  endDateOverride: string | null;
  createdAt: string;
  periods: { kind: 'suspension' | 'prolongation'; reason: string; startDate: string; endDate: string }[];
  /** The end as the app computes it (computePassEnd), override included. */
  end: string;
}

export interface DiagnosisPlan {
  date: string;
  authorKind: 'prescripteur' | 'structure';
  authorName: string | null;
  criteria: string[];
  createdAt: string;
}

/** A worker: its values as the form sends them (the contract's field description), and its history. */
export interface WorkerPlan extends WorkerValues {
  id: number;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
  pass: PassPlan | null;
  diagnosis: DiagnosisPlan | null;
  /** Generator only: the days (day numbers) when the worker may work, and the PASS suspensions. */
  activeFrom: number;
  activeTo: number;
  suspensions: [number, number][];
}

/** A particulier's name in parts, as the client form takes it. */
export interface PersonName {
  civility: 'Mme' | 'M.';
  lastName: string;
  firstName: string;
}

export interface WorkAddressPlan {
  id: number;
  label: string;
  addressLine1: string;
  postalCode: string;
  city: string;
}

export interface MembershipPlan {
  year: number;
  amountCents: number;
  paidOn: string;
  means: string;
  createdAt: string;
}

export interface ClientPlan {
  id: number;
  kind: ClientKind;
  /** An organisation's raison sociale; null for a particulier, named by civility, last and first name. */
  name: string | null;
  civility: PersonName['civility'] | null;
  lastName: string | null;
  firstName: string | null;
  siret: string | null;
  contactName: string | null;
  addressLine1: string | null;
  addressLine2: string | null;
  postalCode: string | null;
  city: string | null;
  phone: string | null;
  email: string | null;
  hourlyRateCents: number | null;
  paymentTermsDays: number;
  counts480: boolean;
  lastLayoffDate: string | null;
  /** The post of the layoff, a task code. */
  lastLayoffPost: TaskKind | null;
  notes: string | null;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
  workAddresses: WorkAddressPlan[];
  memberships: MembershipPlan[];
}

export interface PlacementPlan {
  id: number;
  workerId: number;
  clientId: number;
  workAddressId: number | null;
  taskKind: TaskKind;
  taskDetail: string | null;
  startDate: string;
  endDate: string;
  plannedMinutes: number | null;
  billedRateCents: number;
  wageRateCents: number;
  ppeNeeded: string | null;
  ppeSuppliedBy: 'association' | 'utilisateur' | null;
  status: 'prevue' | 'en_cours' | 'terminee' | 'annulee';
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The hour entries, in day order: entry i is `minutes[i]` on placement `placement[i]`, day `day[i]`. */
export interface HoursPlan {
  length: number;
  placement: Int32Array;
  day: Int32Array;
  minutes: Int16Array;
}

export interface OrganisationPlan {
  name: string;
  siret: string;
  addressLine1: string;
  postalCode: string;
  city: string;
  phone: string;
  email: string;
  conventionNumber: string;
  sapDeclarationNumber: string;
  updatedAt: string;
}

export interface Plan {
  sizeName: string;
  seed: number;
  /** The day the data stands at (`YYYY-MM-DD`): hours up to the day before, months before its month closed. */
  today: string;
  /** The first day of the data's history. */
  firstDay: string;
  organisation: OrganisationPlan;
  territory: { postalCode: string; city: string }[];
  workers: WorkerPlan[];
  clients: ClientPlan[];
  placements: PlacementPlan[];
  hours: HoursPlan;
  /** The closed months (`YYYY-MM`), each with when and by whom. */
  closures: { month: string; closedAt: string; closedBy: string }[];
}
