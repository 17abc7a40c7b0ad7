import { VerifiedTokens } from './verified-tokens';

const claims = { sub: 'user-1', sid: 'session-1' };

describe('VerifiedTokens', () => {
  it('answers a remembered token until the second of its exp, as jsonwebtoken does', () => {
    const memo = new VerifiedTokens();
    memo.remember('token-a', { ...claims, exp: 1_000 });
    expect(memo.claimsOf('token-a', 999_999)).toEqual(claims);
    // jsonwebtoken: expired once floor(now / 1000) >= exp.
    expect(memo.claimsOf('token-a', 1_000_000)).toBeUndefined();
    // Forgotten once expired: the next use verifies again (and is told it has expired).
    expect(memo.claimsOf('token-a', 999_000)).toBeUndefined();
  });

  it('knows only the exact token it verified', () => {
    const memo = new VerifiedTokens();
    memo.remember('header.payload.signature', { ...claims, exp: 2_000 });
    expect(memo.claimsOf('header.payload.signaturf', 1_000_000)).toBeUndefined();
  });

  it('never remembers a token with a not-before time', () => {
    const memo = new VerifiedTokens();
    memo.remember('token-b', { ...claims, exp: 2_000, nbf: 1_000 });
    expect(memo.claimsOf('token-b', 1_500_000)).toBeUndefined();
  });

  it('drops the oldest token when full', () => {
    const memo = new VerifiedTokens(2);
    memo.remember('t1', { ...claims, exp: 2_000 });
    memo.remember('t2', { ...claims, exp: 2_000 });
    memo.remember('t3', { ...claims, exp: 2_000 });
    expect(memo.claimsOf('t1', 1_000_000)).toBeUndefined();
    expect(memo.claimsOf('t2', 1_000_000)).toEqual(claims);
    expect(memo.claimsOf('t3', 1_000_000)).toEqual(claims);
  });
});
