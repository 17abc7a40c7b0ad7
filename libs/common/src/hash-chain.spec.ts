import { chainedHash, GENESIS_HASH, verifyHashChain, type ChainedRow } from './hash-chain';

function chain(contents: Array<Record<string, unknown>>): ChainedRow[] {
  const rows: ChainedRow[] = [];
  let prevHash = GENESIS_HASH;
  contents.forEach((content, index) => {
    const hash = chainedHash(content, prevHash);
    rows.push({ seq: index + 1, prevHash, hash, content });
    prevHash = hash;
  });
  return rows;
}

const CONTENTS = [
  {
    action: 'issued',
    details: { targets: 7, dueDate: '2027-03-01' },
    at: new Date('2026-12-01T02:00:00.000Z'),
  },
  { action: 'scoring_rule_changed', details: { perDayLate: 2 }, at: new Date('2026-12-02T02:00:00.000Z') },
  { action: 'withdrawn', details: { reason: '重复下发' }, at: new Date('2026-12-03T02:00:00.000Z') },
];

describe('verifyHashChain', () => {
  it('verifies an untouched record, whatever the order of keys in the stored JSON', () => {
    const rows = chain(CONTENTS);
    const reordered = rows.map((r) => ({
      ...r,
      content: Object.fromEntries(Object.entries(r.content).reverse()),
    }));
    expect(verifyHashChain(reordered, rows[2]!.hash)).toEqual({ verified: true });
    expect(verifyHashChain([], GENESIS_HASH)).toEqual({ verified: true });
  });

  it('finds an edited event', () => {
    const rows = chain(CONTENTS);
    rows[1] = { ...rows[1]!, content: { ...rows[1]!.content, details: { perDayLate: 0 } } };
    expect(verifyHashChain(rows, rows[2]!.hash)).toMatchObject({ verified: false, brokenAt: 2 });
  });

  it('finds an event removed from the middle, and one removed from the end', () => {
    const rows = chain(CONTENTS);
    expect(verifyHashChain([rows[0]!, rows[2]!], rows[2]!.hash)).toMatchObject({
      verified: false,
      brokenAt: 2,
    });
    expect(verifyHashChain(rows.slice(0, 2), rows[2]!.hash)).toMatchObject({ verified: false, brokenAt: 3 });
  });

  it('finds an event re-hashed in place (its successor no longer follows it)', () => {
    const rows = chain(CONTENTS);
    const forgedContent = { ...rows[0]!.content, details: { targets: 1 } };
    rows[0] = { ...rows[0]!, content: forgedContent, hash: chainedHash(forgedContent, GENESIS_HASH) };
    expect(verifyHashChain(rows, rows[2]!.hash)).toMatchObject({ verified: false, brokenAt: 2 });
  });
});
