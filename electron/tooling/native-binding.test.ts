import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { electronAbi, readBindingAbi } from './native-binding';

const nodeBuild = path.resolve('node_modules/better-sqlite3/build/Release/better_sqlite3.node');
const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-abi-'));

afterAll(() => fs.rmSync(tmpDir, { recursive: true, force: true }));

describe('readBindingAbi', () => {
  it("reads the installed Node build's ABI from its bytes", () => {
    expect(readBindingAbi(nodeBuild)).toBe(Number(process.versions.modules));
  });

  it('returns null for a file without the marker', () => {
    const file = path.join(tmpDir, 'plain.node');
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.alloc(4096, 0x41)]));
    expect(readBindingAbi(file)).toBeNull();
  });

  it('skips a marker without digits and finds a later one', () => {
    const file = path.join(tmpDir, 'two.node');
    fs.writeFileSync(file, 'xx node_register_module_v%d yy node_register_module_v150\0zz');
    expect(readBindingAbi(file)).toBe(150);
  });
});

describe('electronAbi', () => {
  it('reads abi_version from an Electron package folder', () => {
    const dir = path.join(tmpDir, 'electron');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'abi_version'), '150\n');
    expect(electronAbi(dir)).toBe(150);
  });
});
