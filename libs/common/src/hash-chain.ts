import { createHash } from 'node:crypto';

/**
 * A hash chain over recorded events: each event's hash covers its content and the previous event's
 * hash, and the owner row keeps the last one (the head). Editing a row, deleting one in the middle
 * or cutting off the tail is then detectable. Used by campaign_events; a report's audit chain
 * (libs/reports/src/audit-chain.ts) has the same shape with its own messages.
 */
export const GENESIS_HASH = '0'.repeat(64);

/** JSON with sorted keys, so a hash does not depend on property order or the database's JSON formatting. */
export function canonicalJson(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** The hash of one event: its content (exactly the chained fields) and the hash before it. */
export function chainedHash(content: Record<string, unknown>, prevHash: string): string {
  return createHash('sha256')
    .update(canonicalJson({ ...content, prevHash }))
    .digest('hex');
}

export interface ChainedRow {
  seq: number;
  prevHash: string;
  hash: string;
  /** Exactly the fields the hash covers (not the row's id, not joined names). */
  content: Record<string, unknown>;
}

export interface HashChainVerification {
  verified: boolean;
  /** seq of the first event that does not verify (or the expected next seq when events are missing). */
  brokenAt?: number;
  reason?: string;
}

/** Walks the chain from the start; `head` is the hash its owner row says came last. */
export function verifyHashChain(rows: ChainedRow[], head: string): HashChainVerification {
  let previous = GENESIS_HASH;
  for (const [index, row] of rows.entries()) {
    const expectedSeq = index + 1;
    if (row.seq !== expectedSeq)
      return {
        verified: false,
        brokenAt: expectedSeq,
        reason: `event ${expectedSeq} is missing (found ${row.seq} next)`,
      };
    if (row.prevHash !== previous)
      return {
        verified: false,
        brokenAt: row.seq,
        reason: `event ${row.seq} does not follow event ${row.seq - 1}`,
      };
    if (chainedHash(row.content, row.prevHash) !== row.hash)
      return {
        verified: false,
        brokenAt: row.seq,
        reason: `event ${row.seq} was changed after it was recorded`,
      };
    previous = row.hash;
  }
  if (previous !== head)
    return {
      verified: false,
      brokenAt: rows.length + 1,
      reason: `the record ends at event ${rows.length} but a later event was recorded (events were removed)`,
    };
  return { verified: true };
}
