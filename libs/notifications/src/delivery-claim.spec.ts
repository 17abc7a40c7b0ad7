import { decideOnClaim } from './delivery-claim';

const now = new Date('2026-12-09T01:00:00Z');
const bound = { now, staleAfterMs: 65_000 };
const ago = (ms: number) => new Date(now.getTime() - ms);

describe('decideOnClaim', () => {
  it('claims a pending delivery', () => {
    expect(decideOnClaim({ status: 'pending', claimedAt: null }, bound)).toEqual({ action: 'claim' });
  });

  it('does nothing more with a sent or dead delivery', () => {
    expect(decideOnClaim({ status: 'sent', claimedAt: ago(1000) }, bound)).toEqual({
      action: 'finished',
      status: 'sent',
    });
    expect(decideOnClaim({ status: 'dead', claimedAt: null }, bound)).toEqual({
      action: 'finished',
      status: 'dead',
    });
  });

  it('leaves a fresh claim to the run that holds it (never sends it a second time)', () => {
    expect(decideOnClaim({ status: 'sending', claimedAt: ago(64_999) }, bound)).toEqual({
      action: 'in-flight',
      claimedAt: ago(64_999),
    });
  });

  it('calls a claim older than the bound unconfirmed: its sender died mid-send', () => {
    expect(decideOnClaim({ status: 'sending', claimedAt: ago(65_000) }, bound)).toEqual({
      action: 'unconfirmed',
      claimedBefore: ago(65_000),
    });
    expect(decideOnClaim({ status: 'sending', claimedAt: null }, bound).action).toBe('unconfirmed');
  });
});
