import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The seams of the architecture are enforced by the lint rule in eslint.config.js; these tests
// prove that the rule really fires (and does not fire on what is allowed).
const eslint = new ESLint({ cwd: process.cwd() });

async function restricted(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the architecture lint rule', () => {
  it('forbids the renderer to import Electron, SQLite, Node or back-end code', async () => {
    expect(await restricted('renderer/screens/x.tsx', "import { ipcRenderer } from 'electron';\nvoid ipcRenderer;\n")).toHaveLength(1);
    expect(await restricted('renderer/screens/x.tsx', "import Database from 'better-sqlite3';\nvoid Database;\n")).toHaveLength(1);
    expect(await restricted('renderer/screens/x.tsx', "import fs from 'node:fs';\nvoid fs;\n")).toHaveLength(1);
    expect(await restricted('renderer/screens/x.tsx', "import { openDatabase } from '../../db/open';\nvoid openDatabase;\n")).toHaveLength(1);
    expect(await restricted('renderer/screens/x.tsx', "import { createHandlers } from '../../db/api';\nvoid createHandlers;\n")).toHaveLength(1);
    expect(await restricted('renderer/screens/x.tsx', "import { findChromium } from '../../electron/launcher/find-chromium';\nvoid findChromium;\n")).toHaveLength(1);
  });

  it('lets the renderer import the API contract and the pure rules', async () => {
    expect(await restricted('renderer/screens/x.tsx', "import { contract } from '../../db/contract';\nvoid contract;\n")).toEqual([]);
    expect(await restricted('renderer/screens/x.tsx', "import { formatMoney } from '../../db/contract/format';\nvoid formatMoney;\n")).toEqual([]);
    expect(await restricted('renderer/screens/x.tsx', "import { checkSiret } from '../../db/rules/siret';\nvoid checkSiret;\n")).toEqual([]);
  });

  it('keeps the contract itself free of Node and SQLite, as it runs in the page', async () => {
    expect(await restricted('db/contract/x.ts', "import Database from 'better-sqlite3';\nvoid Database;\n")).toHaveLength(1);
  });

  it('forbids db/ to import Electron', async () => {
    expect(await restricted('db/handlers/x.ts', "import { app } from 'electron';\nvoid app;\n")).toHaveLength(1);
    expect(await restricted('db/handlers/x.ts', "import { x } from '../../electron/main';\nvoid x;\n")).toHaveLength(1);
    expect(await restricted('db/handlers/x.ts', "import Database from 'better-sqlite3';\nvoid Database;\n")).toEqual([]);
  });

  it('keeps the launcher, the web host and the tooling out of Electron, and the main process out of them', async () => {
    expect(await restricted('electron/launcher/x.ts', "import { app } from 'electron';\nvoid app;\n")).toHaveLength(1);
    expect(await restricted('electron/server/x.ts', "import { app } from 'electron';\nvoid app;\n")).toHaveLength(1);
    expect(await restricted('electron/tooling/x.ts', "import { registerIpc } from '../main/ipc';\nvoid registerIpc;\n")).toHaveLength(1);
    expect(await restricted('electron/main/x.ts', "import { startWebHost } from '../server/web-host';\nvoid startWebHost;\n")).toHaveLength(1);
    expect(await restricted('electron/main/x.ts', "import { findChromium } from '../launcher/find-chromium';\nvoid findChromium;\n")).toHaveLength(1);
    expect(await restricted('electron/main/x.ts', "import { app } from 'electron';\nvoid app;\n")).toEqual([]);
    expect(await restricted('electron/launcher/x.ts', "import { startWebHost } from '../server/web-host';\nvoid startWebHost;\n")).toEqual([]);
  });
});
