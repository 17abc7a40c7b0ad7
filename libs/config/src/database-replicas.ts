import { z } from 'zod';

const MYSQL_URL = /^mysql:\/\/[^/]+\/([A-Za-z0-9_$-]+)$/;

/** The database a mysql:// URL names (its path), or null when the URL is not one we accept. */
export function databaseNameOf(url: string): string | null {
  if (!URL.canParse(url)) return null;
  return MYSQL_URL.exec(url)?.[1] ?? null;
}

/**
 * DATABASE_REPLICA_URLS: comma-separated mysql:// URLs of read replicas of DATABASE_URL. A bad entry
 * is named by its position, never quoted: the URLs carry passwords.
 */
export const replicaUrlList = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
  )
  .superRefine((urls, ctx) => {
    const bad = urls.flatMap((url, index) => (databaseNameOf(url) ? [] : [`#${index + 1}`]));
    if (bad.length > 0)
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: `expected comma-separated URLs like mysql://user:password@replica:3306/database (bad: ${bad.join(', ')})`,
      });
  });

/**
 * A replica holds the primary's schema under the same name: a URL naming another database would serve
 * boards from a different data set (a test database, yesterday's restore) without any error.
 */
export function checkReplicaSettings(
  env: { DATABASE_URL: string; DATABASE_REPLICA_URLS?: string[] },
  ctx: z.RefinementCtx,
): void {
  const primary = databaseNameOf(env.DATABASE_URL);
  const replicas = env.DATABASE_REPLICA_URLS ?? [];
  if (!primary) return;
  const other = replicas.flatMap((url, index) => (databaseNameOf(url) === primary ? [] : [`#${index + 1}`]));
  if (other.length > 0)
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['DATABASE_REPLICA_URLS'],
      message: `every replica must name the database of DATABASE_URL (${primary}); ${other.join(', ')} names another`,
    });
}
