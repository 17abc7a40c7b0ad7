import type { FollowThroughEntry } from '@app/content';

/** One report revision: revisions are immutable, so what is computed from two of them never goes stale. */
export interface RevisionRef {
  reportId: string;
  /** 0: nothing saved yet (compared as an empty report). */
  revision: number;
}

/**
 * Follow-through answers (跟进核对) by the two revisions compared, so that a reader repeating the GET costs a
 * lookup, not a comparison of up to ~200 ms on the event loop (penetration test: any reader could repeat a
 * 2 s comparison). Least recently used out first, bounded by an estimate of the bytes held. Pure: no clock,
 * no I/O. Access is checked by the caller before any lookup: the key says which texts, not who may read them.
 */
export class FollowThroughAnswers {
  private readonly entries = new Map<string, { answer: FollowThroughEntry[]; bytes: number }>();
  private used = 0;

  constructor(private readonly capacityBytes: number) {}

  get(lastYear: RevisionRef, thisYear: RevisionRef): FollowThroughEntry[] | undefined {
    const key = keyOf(lastYear, thisYear);
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    // Map keeps insertion order: re-inserting on a hit leaves the least recently used first.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.answer;
  }

  /** Keeps the answer unless it alone exceeds the bound; evicts the least recently used to fit it. */
  set(lastYear: RevisionRef, thisYear: RevisionRef, answer: FollowThroughEntry[]): void {
    const key = keyOf(lastYear, thisYear);
    // Strings are UTF-16 in memory: two bytes a character of the answer as JSON, a fair upper estimate.
    const bytes = 2 * JSON.stringify(answer).length;
    if (this.entries.has(key) || bytes > this.capacityBytes) return;
    this.entries.set(key, { answer, bytes });
    this.used += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.used <= this.capacityBytes) break;
      this.entries.delete(oldest);
      this.used -= entry.bytes;
    }
  }

  get size(): number {
    return this.entries.size;
  }
}

const keyOf = (lastYear: RevisionRef, thisYear: RevisionRef): string =>
  `${lastYear.reportId}@${lastYear.revision}|${thisYear.reportId}@${thisYear.revision}`;
