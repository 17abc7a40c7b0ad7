import * as argon2 from 'argon2';

/**
 * argon2id with OWASP's minimum parameters (19 MiB, 2 iterations): strong enough, and fast enough
 * that seeding and tests are not slowed to a crawl. argon2 ships prebuilt binaries, so it builds here.
 */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

// Verifying against this for unknown usernames keeps the response time the same as for a real user.
const DUMMY_HASH = hashPassword('reportflow-dummy-password');

export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash ?? (await DUMMY_HASH), password);
  } catch {
    return false;
  }
}
