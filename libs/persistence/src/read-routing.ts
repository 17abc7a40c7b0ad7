/**
 * Where one read goes when read replicas are configured. Pure: the facts are gathered by `Database`,
 * the rule lives here so that it can be read (and tested) in one place.
 */
export type ReadTarget = 'primary' | 'replica';

/** What the HTTP request running the read says about it (absent outside a request: worker, CLI). */
export interface RequestReadFacts {
  /** A non-GET request: it writes, and what it reads back must include its own writes. */
  writes: boolean;
  /** The request's user wrote within the read-your-writes window (in any API process). */
  principalWroteRecently: boolean;
}

export interface ReadFacts {
  /** The repository method declared that it tolerates a replica's lag (`db.lagTolerant`). */
  lagTolerant: boolean;
  /** Inside Transactions.run: a transaction lives on one connection, the primary's. */
  inTransaction: boolean;
  /** DATABASE_REPLICA_URLS names at least one replica. */
  replicaConfigured: boolean;
  request: RequestReadFacts | undefined;
}

/**
 * The replica serves a read only when every fact allows it. Everything else stays on the primary:
 * transactions (transitions, the outbox, the audit chain), every read not marked lag-tolerant (the
 * session lookup: a logout takes effect at once), the worker and CLIs (reminders, the reconciler,
 * the relay run outside any request), a writing request, and the reads of a user who just wrote.
 */
export function chooseReadTarget(facts: ReadFacts): ReadTarget {
  if (!facts.replicaConfigured || !facts.lagTolerant || facts.inTransaction) return 'primary';
  if (!facts.request || facts.request.writes || facts.request.principalWroteRecently) return 'primary';
  return 'replica';
}
