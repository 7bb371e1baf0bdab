import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from './dispatch';

/** Appends to the data folder's log; the technical detail support asks for lives here, not on screen. */
export function fileLogger(file: string, alsoConsole = false): Logger {
  return (level, message, extra) => {
    const detail =
      extra instanceof Error ? `${extra.name}: ${extra.message}\n${extra.stack ?? ''}` : extra === undefined ? '' : JSON.stringify(extra);
    const line = `${new Date().toISOString()} ${level.toUpperCase()} ${message}${detail ? ` ${detail}` : ''}\n`;
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
      fs.appendFileSync(file, line);
    } catch {
      // A log that cannot be written must not break the action being logged.
    }
    if (alsoConsole && level !== 'info') process.stderr.write(line);
  };
}
