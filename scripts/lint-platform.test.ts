import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The renderer reaches its host through one seam (renderer/api/host.ts and platform.ts): the
// lint rule in eslint.config.js refuses a screen that looks for the Electron bridge or prints
// by itself, and lets the seam do both.
const eslint = new ESLint({ cwd: process.cwd() });

async function refused(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-properties').map((m) => m.message);
}

describe('the platform seam lint rule', () => {
  it('refuses a screen or component that asks for the Electron bridge or prints by itself', async () => {
    expect(await refused('renderer/screens/x.tsx', 'export const electron = Boolean(window.passerelle);\n')).toHaveLength(1);
    expect(await refused('renderer/components/x.tsx', 'export const print = () => window.print();\n')).toHaveLength(1);
    expect(await refused('renderer/print/x.tsx', 'export const save = () => window.passerelle?.saveFile;\n')).toHaveLength(1);
  });

  it('lets the seam do it', async () => {
    expect(await refused('renderer/api/host.ts', 'export const bridge = window.passerelle ?? null;\n')).toEqual([]);
    expect(await refused('renderer/api/platform.ts', 'export const printPage = () => window.print();\n')).toEqual([]);
  });
});
