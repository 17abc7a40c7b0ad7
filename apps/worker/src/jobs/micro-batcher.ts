/**
 * Gathers the items that concurrent jobs submit into batches, so that N jobs in flight cost one
 * round of queries instead of N. An item waits at most for the batch in front of it: when fewer
 * than `parallel` batches are running, the gathered items go at the next turn of the event loop
 * (a lone job is not delayed); otherwise they go as soon as one finishes. Each item gets its own
 * result (or error) back: a failed batch rejects all of its items, an ItemFailed answer only its
 * own item.
 */
/** A batch's answer for one item that failed on its own: that item's promise rejects with `error`. */
export class ItemFailed {
  constructor(readonly error: unknown) {}
}

export class MicroBatcher<I, O> {
  private pending: Array<{ item: I; resolve: (o: O) => void; reject: (e: unknown) => void }> = [];
  private running = 0;
  private scheduled = false;

  constructor(
    private readonly run: (items: I[]) => Promise<Array<O | ItemFailed>>,
    private readonly maxSize = 100,
    private readonly parallel = 2,
  ) {}

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      if (this.pending.length >= this.maxSize && this.running < this.parallel) this.flush();
      else if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => {
          this.scheduled = false;
          if (this.running < this.parallel) this.flush();
        });
      }
    });
  }

  private flush(): void {
    const batch = this.pending.splice(0, this.maxSize);
    if (batch.length === 0) return;
    this.running++;
    this.run(batch.map((b) => b.item))
      .then(
        (results) =>
          batch.forEach((b, i) => {
            const result = results[i];
            if (result instanceof ItemFailed) b.reject(result.error);
            else b.resolve(result);
          }),
        (error: unknown) => batch.forEach((b) => b.reject(error)),
      )
      .finally(() => {
        this.running--;
        if (this.pending.length > 0) this.flush();
      });
  }
}
