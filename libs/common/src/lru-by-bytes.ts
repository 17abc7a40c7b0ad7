/**
 * Bounded memory for computed answers (built boards, follow-through comparisons): least recently used
 * first out, by bytes. Pure: no clock, no I/O. Map keeps insertion order, so re-inserting on a hit
 * makes the oldest entry the first one.
 */
export class LruByBytes<V> {
  private readonly entries = new Map<string, { value: V; bytes: number }>();
  private used = 0;

  constructor(private readonly capacityBytes: number) {}

  get bytes(): number {
    return this.used;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Stores the value unless it alone is larger than the whole bound; evicts the oldest to fit it. */
  set(key: string, value: V, bytes: number): void {
    this.delete(key);
    if (bytes > this.capacityBytes) return;
    this.entries.set(key, { value, bytes });
    this.used += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.used <= this.capacityBytes) break;
      this.entries.delete(oldest);
      this.used -= entry.bytes;
    }
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.used -= entry.bytes;
  }
}
