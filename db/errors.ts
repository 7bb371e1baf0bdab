import type { ApiError, ErrorCode, RuleIssue, StaleSave } from './contract/result';
import type { DuplicateLink } from './contract/duplicates';

/** An error meant for the user: its message is French and shown as is. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
    readonly duplicates?: DuplicateLink[],
    readonly issues?: RuleIssue[],
    readonly stale?: StaleSave,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** An error found while opening the database: the app shows an error screen instead. */
export class StartupError extends Error {
  constructor(
    readonly title: string,
    readonly advice: string,
    readonly detail: string,
  ) {
    super(title);
    this.name = 'StartupError';
  }
}

function sqliteCode(e: unknown): string | null {
  if (e && typeof e === 'object' && 'code' in e && typeof (e as { code: unknown }).code === 'string') {
    const code = (e as { code: string }).code;
    return code.startsWith('SQLITE_') ? code : null;
  }
  return null;
}

/**
 * Sorts any thrown value into a user-facing error. Only AppError messages are shown as they
 * are; SQLite failures get a French explanation of what to do; anything else is an internal
 * error whose detail is a reference to the log, never the stack.
 */
export function classifyError(e: unknown, reference: string): ApiError {
  if (e instanceof AppError) {
    return {
      code: e.code,
      message: e.message,
      ...(e.fields ? { fields: e.fields } : {}),
      ...(e.duplicates ? { duplicates: e.duplicates } : {}),
      ...(e.issues ? { issues: e.issues } : {}),
      ...(e.stale ? { stale: e.stale } : {}),
    };
  }
  const code = sqliteCode(e);
  if (code) {
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
      return {
        code: 'database_busy',
        message: 'La base de données est occupée par un autre poste. Réessayez dans un instant.',
        detail: `${code} · ${reference}`,
      };
    }
    if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
      return {
        code: 'database_corrupt',
        message:
          'La base de données est endommagée. Fermez Passerelle et restaurez la dernière sauvegarde (menu Sauvegardes).',
        detail: `${code} · ${reference}`,
      };
    }
    if (code.startsWith('SQLITE_FULL') || code.startsWith('SQLITE_IOERR')) {
      return {
        code: 'disk',
        message: "L'enregistrement a échoué : le disque est plein ou inaccessible. Rien n'a été modifié.",
        detail: `${code} · ${reference}`,
      };
    }
    if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_PERM')) {
      return {
        code: 'read_only',
        message:
          "Passerelle ne peut pas écrire dans son dossier de données. Vérifiez les droits du dossier ou l'espace disque.",
        detail: `${code} · ${reference}`,
      };
    }
    if (code.startsWith('SQLITE_CONSTRAINT')) {
      return {
        code: 'conflict',
        message: "L'enregistrement est refusé : il contredit des données existantes. Rien n'a été modifié.",
        detail: `${code} · ${reference}`,
      };
    }
  }
  return {
    code: 'internal',
    message: "Une erreur inattendue est survenue. Rien n'a été modifié. Si elle se répète, contactez l'assistance.",
    detail: reference,
  };
}
