import { correctionLabel, isCorrected, receiptStatusLabel } from './receiptStatus';

describe('a receipt’s status in words', () => {
  it('names the version accepted when a correction was sent after it', () => {
    const corrected = { status: 'accepted' as const, acceptedRevision: 4, revision: 5 };
    expect(isCorrected(corrected)).toBe(true);
    expect(receiptStatusLabel(corrected)).toBe('已接收第 4 版');
    expect(correctionLabel(corrected)).toBe('第 5 版为更正');
  });

  it('says 已接收, 待接收 or 已退回 otherwise', () => {
    expect(receiptStatusLabel({ status: 'accepted', acceptedRevision: 5, revision: 5 })).toBe('已接收');
    expect(receiptStatusLabel({ status: 'received', acceptedRevision: null, revision: 2 })).toBe('待接收');
    expect(receiptStatusLabel({ status: 'returned', acceptedRevision: null, revision: 2 })).toBe('已退回');
    expect(isCorrected({ acceptedRevision: null, revision: 2 })).toBe(false);
  });
});
