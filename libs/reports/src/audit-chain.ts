import { createHash } from 'node:crypto';
import { canonicalJson as canonical, GENESIS_HASH } from '@app/common';

/**
 * The audit trail is a hash chain per report: each event's hash covers its content and the previous
 * event's hash, and the report row keeps the head. Editing any row, deleting one in the middle, or
 * cutting off the tail is therefore detectable. Pure functions, unit-tested.
 */
export { GENESIS_HASH };

export interface ChainedEventContent {
  reportId: string;
  seq: number;
  revision: number;
  action: string;
  fromState: string | null;
  toState: string;
  actorUserId: string;
  actorRole: string;
  actorUnitId: string;
  comment: string | null;
  fields: Record<string, unknown>;
  effects: unknown[];
  createdAt: Date;
  prevHash: string;
}

export function hashEvent(event: ChainedEventContent): string {
  return createHash('sha256')
    .update(canonical(chainedContent(event)))
    .digest('hex');
}

export interface ChainVerification {
  verified: boolean;
  /** seq of the first event that does not verify (or the expected next seq when events are missing). */
  brokenAt?: number;
  reason?: string;
}

export function verifyChain(
  events: Array<ChainedEventContent & { hash: string }>,
  head: string,
): ChainVerification {
  let previous = GENESIS_HASH;
  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    if (event.seq !== i + 1) {
      return {
        verified: false,
        brokenAt: i + 1,
        reason: `event ${i + 1} is missing (found ${event.seq} next)`,
      };
    }
    if (event.prevHash !== previous) {
      return {
        verified: false,
        brokenAt: event.seq,
        reason: `event ${event.seq} does not follow event ${event.seq - 1}`,
      };
    }
    if (hashEvent(chainedContent(event)) !== event.hash) {
      return {
        verified: false,
        brokenAt: event.seq,
        reason: `event ${event.seq} was changed after it was recorded`,
      };
    }
    previous = event.hash;
  }
  if (previous !== head) {
    return {
      verified: false,
      brokenAt: events.length + 1,
      reason: `the chain ends at event ${events.length} but the report's last recorded event is later (events were removed)`,
    };
  }
  return { verified: true };
}

/** Exactly the hashed fields (a row read back from the database carries more, such as its id). */
function chainedContent(e: ChainedEventContent): ChainedEventContent {
  return {
    reportId: e.reportId,
    seq: e.seq,
    revision: e.revision,
    action: e.action,
    fromState: e.fromState,
    toState: e.toState,
    actorUserId: e.actorUserId,
    actorRole: e.actorRole,
    actorUnitId: e.actorUnitId,
    comment: e.comment,
    fields: e.fields,
    effects: e.effects,
    createdAt: e.createdAt,
    prevHash: e.prevHash,
  };
}

export function contentHash(parts: Record<string, string>): string {
  return createHash('sha256').update(canonical(parts)).digest('hex');
}
