import { GENESIS_HASH, hashEvent, verifyChain, type ChainedEventContent } from './audit-chain';

function chain(n: number) {
  const events: Array<ChainedEventContent & { hash: string }> = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const content: ChainedEventContent = {
      reportId: 'r1',
      seq,
      revision: seq,
      action: seq === 1 ? 'create' : 'submit',
      fromState: seq === 1 ? null : 'drafting',
      toState: 'dept_review',
      actorUserId: 'u1',
      actorRole: 'drafter',
      actorUnitId: 'unit1',
      comment: seq === 2 ? '意见' : null,
      fields: { b: 1, a: '甲' },
      effects: [],
      createdAt: new Date(Date.UTC(2025, 0, seq)),
      prevHash: prev,
    };
    const hash = hashEvent(content);
    events.push({ ...content, hash });
    prev = hash;
  }
  return { events, head: prev };
}

describe('audit hash chain', () => {
  it('verifies an untouched chain, even when JSON keys come back in another order', () => {
    const { events, head } = chain(4);
    const reordered = events.map((e) => ({ ...e, fields: { a: e.fields.a, b: e.fields.b } }));
    expect(verifyChain(reordered, head)).toEqual({ verified: true });
  });

  it('names an edited event', () => {
    const { events, head } = chain(4);
    events[1] = { ...events[1], comment: '改过的意见' };
    expect(verifyChain(events, head)).toMatchObject({ verified: false, brokenAt: 2 });
  });

  it('names a gap where an event was deleted', () => {
    const { events, head } = chain(4);
    events.splice(2, 1);
    expect(verifyChain(events, head)).toMatchObject({ verified: false, brokenAt: 3 });
  });

  it('notices a cut-off tail through the head kept on the report', () => {
    const { events, head } = chain(4);
    expect(verifyChain(events.slice(0, 3), head)).toMatchObject({ verified: false, brokenAt: 4 });
  });

  it('notices a re-hashed forgery that does not link to its predecessor', () => {
    const { events, head } = chain(3);
    const forged = { ...events[1], comment: '伪造', prevHash: GENESIS_HASH };
    events[1] = { ...forged, hash: hashEvent(forged) };
    expect(verifyChain(events, head)).toMatchObject({ verified: false, brokenAt: 2 });
  });
});
