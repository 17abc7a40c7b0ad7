import { LruByBytes } from '@app/common';
import type { FollowThroughEntry } from '@app/content';

/** One report revision: revisions are immutable, so what is computed from two of them never goes stale. */
export interface RevisionRef {
  reportId: string;
  /** 0: nothing saved yet (compared as an empty report). */
  revision: number;
}

/**
 * Follow-through answers (跟进核对) by the two revisions compared, so that a reader repeating the GET costs a
 * lookup, not a comparison of up to ~0.5 s on the event loop (penetration test: any reader could repeat a
 * 2 s comparison). Least recently used out first, bounded by an estimate of the bytes held. Pure: no clock,
 * no I/O. Access is checked by the caller before any lookup: the key says which texts, not who may read them.
 */
export class FollowThroughAnswers {
  private readonly entries: LruByBytes<FollowThroughEntry[]>;

  constructor(capacityBytes: number) {
    this.entries = new LruByBytes(capacityBytes);
  }

  get(lastYear: RevisionRef, thisYear: RevisionRef): FollowThroughEntry[] | undefined {
    return this.entries.get(keyOf(lastYear, thisYear));
  }

  /** Keeps the answer unless it alone exceeds the bound; evicts the least recently used to fit it. */
  set(lastYear: RevisionRef, thisYear: RevisionRef, answer: FollowThroughEntry[]): void {
    // Strings are UTF-16 in memory: two bytes a character of the answer as JSON, a fair upper estimate.
    this.entries.set(keyOf(lastYear, thisYear), answer, 2 * JSON.stringify(answer).length);
  }

  get size(): number {
    return this.entries.size;
  }
}

const keyOf = (lastYear: RevisionRef, thisYear: RevisionRef): string =>
  `${lastYear.reportId}@${lastYear.revision}|${thisYear.reportId}@${thisYear.revision}`;
