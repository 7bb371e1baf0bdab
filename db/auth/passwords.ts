import crypto from 'node:crypto';

// Passwords are hashed with scrypt from Node's own crypto module: maintained with Node, nothing
// to compile for Electron (argon2 would need a native build per ABI). Parameters follow OWASP's
// password storage cheat sheet (N = 2^16, r = 8, p = 2: the same cost as its 2^17 / p = 1 line,
// with half the memory in the main process); they are stored with each hash, so that raising
// them later still verifies the old ones. Never stored, logged or returned in clear.

interface Params {
  logN: number;
  r: number;
  p: number;
}

const STRONG: Params = { logN: 16, r: 8, p: 2 };
/**
 * Tests create many accounts: with PASSERELLE_TEST_FAST_HASH=1 (set by the test runners only)
 * new hashes use a cheap cost. Verification always uses the cost stored with the hash.
 */
const FAST: Params = { logN: 10, r: 8, p: 1 };
const KEY_LENGTH = 32;

function scrypt(password: string, salt: Buffer, params: Params): Promise<Buffer> {
  const N = 2 ** params.logN;
  return new Promise((resolve, reject) => {
    crypto.scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { N, r: params.r, p: params.p, maxmem: 256 * N * params.r + 1024 * 1024 }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

const format = (params: Params, salt: Buffer, key: Buffer) =>
  ['scrypt', params.logN, params.r, params.p, salt.toString('base64'), key.toString('base64')].join('$');

/** `scrypt$logN$r$p$salt$hash` (base64). Runs off the main thread (libuv's pool). */
export async function hashPassword(password: string): Promise<string> {
  const params = process.env.PASSERELLE_TEST_FAST_HASH === '1' ? FAST : STRONG;
  const salt = crypto.randomBytes(16);
  return format(params, salt, await scrypt(password, salt, params));
}

/** At the cheap cost and at once (no promise): for tests and tools that seed accounts. */
export function cheapHashForTests(password: string): string {
  const salt = crypto.randomBytes(16);
  return format(FAST, salt, crypto.scryptSync(password.normalize('NFC'), salt, KEY_LENGTH, { N: 2 ** FAST.logN, r: FAST.r, p: FAST.p }));
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, logN, r, p, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !hash) return false;
  const params = { logN: Number(logN), r: Number(r), p: Number(p) };
  if (![params.logN, params.r, params.p].every((n) => Number.isInteger(n) && n > 0) || params.logN > 20) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await scrypt(password, Buffer.from(salt, 'base64'), params);
  return key.length === expected.length && crypto.timingSafeEqual(key, expected);
}

/** A hash no password matches: compared against when the login is unknown, so timing says nothing. */
export const DUMMY_HASH = `scrypt$${STRONG.logN}$${STRONG.r}$${STRONG.p}$${Buffer.alloc(16).toString('base64')}$${Buffer.alloc(KEY_LENGTH).toString('base64')}`;
