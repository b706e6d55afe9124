import { randomBytes, randomInt, scrypt, timingSafeEqual } from 'node:crypto';

// scrypt is memory-hard: N = 2^15 with r = 8 needs 32 MiB per hash, which
// makes guessing on GPUs expensive. The parameters are stored with the hash
// so they can be raised later without breaking old hashes.
// JITU_SCRYPT_LOG2_COST lowers N only where speed matters more than
// resistance to guessing: the test suite sets 10 (1 MiB per hash).
const COST = 2 ** scryptLog2Cost(process.env.JITU_SCRYPT_LOG2_COST);
const BLOCK_SIZE = 8;
const PARALLELISM = 1;
const KEY_LENGTH = 32;
const MAX_MEMORY = 64 * 1024 * 1024;

function scryptLog2Cost(setting: string | undefined): number {
  if (setting === undefined || setting === '') return 15;
  const value = Number(setting);
  if (!Number.isInteger(value) || value < 10 || value > 16) {
    throw new Error(`JITU_SCRYPT_LOG2_COST must be a whole number from 10 to 16, got "${setting}"`);
  }
  return value;
}

function derive(password: string, salt: Buffer, cost: number, blockSize: number, parallelism: number) {
  return new Promise<Buffer>((resolve, reject) => {
    const options = { N: cost, r: blockSize, p: parallelism, maxmem: MAX_MEMORY };
    scrypt(password, salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** Hashes a password as `scrypt$N$r$p$salt$key` (base64 salt and key). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, COST, BLOCK_SIZE, PARALLELISM);
  return ['scrypt', COST, BLOCK_SIZE, PARALLELISM, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, cost, blockSize, parallelism, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await derive(password, Buffer.from(salt, 'base64'), Number(cost), Number(blockSize), Number(parallelism));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** Generates a random password for new accounts: 16 characters from an unambiguous alphabet. */
export function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return Array.from({ length: 16 }, () => alphabet[randomInt(alphabet.length)]).join('');
}
