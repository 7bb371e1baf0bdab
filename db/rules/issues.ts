// What a rule says about an action (a placement being saved, a cell of the hours grid): a
// problem that blocks it, or a warning the user confirms or is shown, with a stable code for
// the screen and a French message for the user. The API sends the same shape (db/contract).

export type Severity = 'blocking' | 'warning';

export interface RuleIssue {
  code: string;
  severity: Severity;
  /** What the rule finds: a statement, shown as it is once the warning is confirmed. */
  message: string;
  /** For a warning: what the user is asked (« Confirmez que le poste est différent. »), shown until confirmed. */
  ask?: string;
  /** For a warning already confirmed on this record: who confirmed it and when (ISO time). */
  confirmation?: { by: string; at: string };
  /** For the hours grid: the cell. */
  placementId?: number;
  day?: string;
}

/** The issue as the user reads it before confirming: the statement, then the question. */
export function issueText(issue: Pick<RuleIssue, 'message' | 'ask'>): string {
  return issue.ask ? `${issue.message} ${issue.ask}` : issue.message;
}

/** An issue on one cell of the hours grid: the hour rules always say which. */
export type CellIssue = RuleIssue & { placementId: number; day: string };

/** A cell of the hours grid: a placement's day. */
export interface CellRef {
  placementId: number;
  day: string;
}

/**
 * A problem of the hours grid: one per violation (a day over 10 h, a week over 48 h, the 480 h
 * of a worker, the days without a valid PASS…), with the worker and the cells that take part in
 * it. The message says what and when; the screen says who.
 */
export interface HoursIssue {
  code: string;
  severity: Severity;
  message: string;
  workerId: number;
  cells: CellRef[];
}
