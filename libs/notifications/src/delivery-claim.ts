/**
 * Whether a run of the delivery-send job may send a delivery (pure: no database, no clock).
 *
 * Only a run that moves a delivery from `pending` to `sending` sends it. A run that finds it
 * `sending` never sends: either the run that claimed it is still sending (the job ran twice at once
 * because its lock lapsed), or that run died mid-send and nobody knows whether the message left. The
 * two are told apart by the claim's age: a live sender gives up within the send's own time limit, so
 * a claim older than that limit (plus a margin for clocks and a busy event loop) was abandoned.
 */
export type ClaimDecision =
  /** Pending: try to claim it (the conditional UPDATE decides which run wins). */
  | { action: 'claim' }
  /** Sent or dead already: nothing to do. */
  | { action: 'finished'; status: 'sent' | 'dead' }
  /** Another run holds a fresh claim and is sending it: leave it to that run. */
  | { action: 'in-flight'; claimedAt: Date }
  /** The claim outlived any send: its sender died mid-send; dead-letter it as "unconfirmed". */
  | { action: 'unconfirmed'; claimedBefore: Date };

export interface ClaimedState {
  status: 'pending' | 'sending' | 'sent' | 'dead';
  claimedAt: Date | null;
}

export interface ClaimBound {
  now: Date;
  /** How long a claim may be held by a live sender (the send's time limit plus a margin). */
  staleAfterMs: number;
}

export function decideOnClaim(row: ClaimedState, { now, staleAfterMs }: ClaimBound): ClaimDecision {
  if (row.status === 'pending') return { action: 'claim' };
  if (row.status === 'sent' || row.status === 'dead') return { action: 'finished', status: row.status };
  const claimedBefore = new Date(now.getTime() - staleAfterMs);
  // A sending row without a time cannot be aged: treat it as abandoned rather than leave it forever.
  if (!row.claimedAt || row.claimedAt.getTime() <= claimedBefore.getTime())
    return { action: 'unconfirmed', claimedBefore };
  return { action: 'in-flight', claimedAt: row.claimedAt };
}

/** What the dead-letter list says of a delivery whose sender stopped mid-send (deliveries.last_error). */
export const UNCONFIRMED_ERROR =
  'unconfirmed: may have been sent (the sending worker stopped before recording the result)';
