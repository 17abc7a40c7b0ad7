import { chooseReadTarget, type ReadFacts } from './read-routing';

/** A GET by a user who has not written lately, of a lag-tolerant read, with a replica configured. */
const replicaRead: ReadFacts = {
  lagTolerant: true,
  inTransaction: false,
  replicaConfigured: true,
  request: { writes: false, principalWroteRecently: false },
};

describe('chooseReadTarget', () => {
  it("sends a lag-tolerant read of another user's GET request to the replica", () => {
    expect(chooseReadTarget(replicaRead)).toBe('replica');
  });

  it('keeps every read on the primary when no replica is configured (the default)', () => {
    expect(chooseReadTarget({ ...replicaRead, replicaConfigured: false })).toBe('primary');
  });

  it('keeps reads not marked lag-tolerant on the primary (the session lookup, a report before its transition)', () => {
    expect(chooseReadTarget({ ...replicaRead, lagTolerant: false })).toBe('primary');
  });

  it('keeps reads inside a transaction on the primary, on the transaction itself', () => {
    expect(chooseReadTarget({ ...replicaRead, inTransaction: true })).toBe('primary');
  });

  it('keeps reads outside any request on the primary: reminders, the reconciler, the outbox relay, CLIs', () => {
    expect(chooseReadTarget({ ...replicaRead, request: undefined })).toBe('primary');
  });

  it('reads a writing request back from the primary', () => {
    expect(
      chooseReadTarget({ ...replicaRead, request: { writes: true, principalWroteRecently: false } }),
    ).toBe('primary');
  });

  it('sends the reads of a user who just wrote to the primary (read-your-writes)', () => {
    expect(
      chooseReadTarget({ ...replicaRead, request: { writes: false, principalWroteRecently: true } }),
    ).toBe('primary');
  });
});
