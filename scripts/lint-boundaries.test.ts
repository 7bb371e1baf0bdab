import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The seams of the architecture are enforced by the lint rule in eslint.config.js; these tests
// prove that the rule really fires (and does not fire on what is allowed).
const eslint = new ESLint({ cwd: process.cwd() });

async function restricted(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

/** The messages of the lint rule for a file that imports `from` (and uses it). */
const importing = (file: string, from: string) => restricted(file, `import * as m from '${from}';\nvoid m;\n`);

describe('the architecture lint rule', () => {
  it('forbids the renderer to import Electron, SQLite, Node or back-end code', async () => {
    expect(await restricted('renderer/screens/x.tsx', "import { ipcRenderer } from 'electron';\nvoid ipcRenderer;\n")).toHaveLength(1);
    expect(await restricted('renderer/screens/x.tsx', "import Database from 'better-sqlite3';\nvoid Database;\n")).toHaveLength(1);
    expect(await restricted('renderer/screens/x.tsx', "import fs from 'node:fs';\nvoid fs;\n")).toHaveLength(1);
    expect(await restricted('renderer/screens/x.tsx', "import { openDatabase } from '../../db/open';\nvoid openDatabase;\n")).toHaveLength(1);
    expect(await restricted('renderer/screens/x.tsx', "import { createHandlers } from '../../db/api';\nvoid createHandlers;\n")).toHaveLength(1);
    expect(await restricted('renderer/screens/x.tsx', "import { findChromium } from '../../electron/launcher/find-chromium';\nvoid findChromium;\n")).toHaveLength(1);
  });

  it('keeps the renderer to the contract and the bottom module: a pure rule comes through its contract', async () => {
    expect(await importing('renderer/screens/x.tsx', '../../db/rules/pass-iae')).toHaveLength(1);
    expect(await importing('renderer/screens/x.tsx', '../../db/records/workers')).toHaveLength(1);
    expect(await importing('renderer/screens/x.tsx', '../../db/schema')).toHaveLength(1);
    expect(await importing('renderer/screens/x.tsx', '../../db/handlers/workers')).toHaveLength(1);
  });

  it('lets the renderer import the API contract and the bottom module', async () => {
    expect(await restricted('renderer/screens/x.tsx', "import { contract } from '../../db/contract';\nvoid contract;\n")).toEqual([]);
    expect(await restricted('renderer/screens/x.tsx', "import { formatMoney } from '../../db/base/format';\nvoid formatMoney;\n")).toEqual([]);
    expect(await importing('renderer/screens/x.tsx', '../../db/contract/workers')).toEqual([]);
  });

  it('keeps the contract itself free of Node, SQLite and the back end, as it runs in the page', async () => {
    expect(await restricted('db/contract/x.ts', "import Database from 'better-sqlite3';\nvoid Database;\n")).toHaveLength(1);
    expect(await importing('db/contract/x.ts', '../api')).toHaveLength(1);
    expect(await importing('db/contract/x.ts', '../handlers/workers')).toHaveLength(1);
    expect(await importing('db/contract/x.ts', '../records/workers')).toHaveLength(1);
    expect(await importing('db/contract/x.ts', '../schema')).toHaveLength(1);
    expect(await importing('db/contract/x.ts', '../context')).toHaveLength(1);
    expect(await importing('db/contract/x.ts', 'node:fs')).toHaveLength(1);
    expect(await importing('db/contract/x.ts', 'drizzle-orm')).toHaveLength(1);
  });

  it('lets the contract import itself, the rules, the bottom module and zod', async () => {
    for (const from of ['./fields', '../rules/nir', '../base/format', 'zod']) expect(await importing('db/contract/x.ts', from)).toEqual([]);
  });

  it('keeps the rules pure: only the bottom module', async () => {
    expect(await importing('db/rules/x.ts', '../contract/workers')).toHaveLength(1);
    expect(await importing('db/rules/x.ts', '../contract')).toHaveLength(1);
    expect(await importing('db/rules/x.ts', '../schema')).toHaveLength(1);
    expect(await importing('db/rules/x.ts', '../records/workers')).toHaveLength(1);
    expect(await importing('db/rules/x.ts', 'zod')).toHaveLength(1);
    expect(await importing('db/rules/x.ts', 'node:path')).toHaveLength(1);
    for (const from of ['./dates-of-rules', '../base/dates']) expect(await importing('db/rules/x.ts', from)).toEqual([]);
  });

  it('keeps the bottom module at the bottom: nothing else of ours, no package', async () => {
    for (const from of ['../rules/nir', '../contract', '../contract/fields', 'zod', 'node:fs']) {
      expect(await importing('db/base/x.ts', from)).toHaveLength(1);
    }
    expect(await importing('db/base/x.ts', './dates')).toEqual([]);
  });

  it('keeps the tables to drizzle-orm', async () => {
    expect(await importing('db/schema/x.ts', '../contract/reference')).toHaveLength(1);
    expect(await importing('db/schema/x.ts', '../rules/nir')).toHaveLength(1);
    expect(await importing('db/schema/x.ts', 'drizzle-orm/sqlite-core')).toEqual([]);
  });

  it('lets records and handlers import what is below them, never upwards', async () => {
    expect(await importing('db/records/x.ts', '../handlers/workers')).toHaveLength(1);
    expect(await importing('db/records/x.ts', '../import/run-import')).toHaveLength(1);
    expect(await importing('db/records/x.ts', '../api')).toHaveLength(1);
    for (const from of ['../schema', '../contract/workers', '../rules/pass-iae', '../context', './passes', 'drizzle-orm']) {
      expect(await importing('db/records/x.ts', from)).toEqual([]);
    }
    expect(await importing('db/import/x.ts', '../handlers/workers')).toHaveLength(1);
    expect(await importing('db/import/x.ts', '../records/workers')).toEqual([]);
    for (const from of ['../api', '../dispatch', '../http-host', '../backend']) expect(await importing('db/handlers/x.ts', from)).toHaveLength(1);
    for (const from of ['../records/workers', '../import/run-import', '../audit', '../context', './app']) {
      expect(await importing('db/handlers/x.ts', from)).toEqual([]);
    }
  });

  it('forbids db/ to import Electron or the renderer', async () => {
    expect(await restricted('db/handlers/x.ts', "import { app } from 'electron';\nvoid app;\n")).toHaveLength(1);
    expect(await restricted('db/handlers/x.ts', "import { x } from '../../electron/main';\nvoid x;\n")).toHaveLength(1);
    expect(await restricted('db/handlers/x.ts', "import Database from 'better-sqlite3';\nvoid Database;\n")).toEqual([]);
    expect(await importing('db/open.ts', 'electron')).toHaveLength(1);
    expect(await importing('db/open.ts', '../renderer/App')).toHaveLength(1);
    expect(await importing('db/open.ts', 'better-sqlite3')).toEqual([]);
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
