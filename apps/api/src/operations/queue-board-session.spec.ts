import { cookieLifetimeMs } from './queue-board-session.controller';

const tokenWith = (payload: object) =>
  ['e30', Buffer.from(JSON.stringify(payload)).toString('base64url'), 'signature'].join('.');

describe('the queue board cookie’s lifetime', () => {
  const now = Date.UTC(2026, 11, 8, 2, 0, 0);
  it('is what is left of the token, never more than an access token’s whole life', () => {
    expect(cookieLifetimeMs(tokenWith({ exp: now / 1000 + 540 }), now, 900_000)).toBe(540_000);
    expect(cookieLifetimeMs(tokenWith({ exp: now / 1000 + 5_000 }), now, 900_000)).toBe(900_000);
  });
  it('is nothing for a token already expired or without an expiry', () => {
    expect(cookieLifetimeMs(tokenWith({ exp: now / 1000 - 1 }), now, 900_000)).toBe(0);
    expect(cookieLifetimeMs(tokenWith({ sub: 'u' }), now, 900_000)).toBe(0);
    expect(cookieLifetimeMs('not-a-token', now, 900_000)).toBe(0);
  });
});
