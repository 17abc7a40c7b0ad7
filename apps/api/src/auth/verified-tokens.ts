/** What a verified access token says: the user and the session (checked in the database on every request). */
export interface AccessClaims {
  sub: string;
  sid: string;
}

interface Verified {
  claims: AccessClaims;
  /** When the token expires (its `exp`, in ms); Infinity for a token without one. */
  expiresAtMs: number;
}

/**
 * Access tokens whose signature this process has already verified, so that the HMAC, the base64 and
 * the two JSON parses of a JWT run once per token instead of on every request (2-3% of a
 * transition's CPU in the round 13 profile). Only the signature check is remembered: the key is the
 * whole token, signature included, so a token differing in one character is verified afresh; expiry
 * is compared at each use exactly as jsonwebtoken does (whole seconds, `now >= exp` is expired); and
 * the session behind the token is still read from the database on every request, so a logout is
 * refused at once in every process. Bounded: the oldest entry goes when the memo is full.
 */
export class VerifiedTokens {
  private readonly entries = new Map<string, Verified>();

  constructor(private readonly capacity = 10_000) {}

  /** The claims of a token verified before and not expired at `nowMs`; undefined otherwise. */
  claimsOf(token: string, nowMs: number): AccessClaims | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (Math.floor(nowMs / 1000) * 1000 >= entry.expiresAtMs) {
      // Expired: the caller verifies again, which answers "it has expired" as before.
      this.entries.delete(token);
      return undefined;
    }
    return entry.claims;
  }

  /** Remembers a token whose signature was just verified; `exp` in seconds, as in the token. */
  remember(token: string, claims: AccessClaims & { exp?: unknown; nbf?: unknown }): void {
    // A token not valid before some time is checked afresh each time (this API never signs one).
    if (claims.nbf !== undefined) return;
    if (this.entries.size >= this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    const expiresAtMs = typeof claims.exp === 'number' ? claims.exp * 1000 : Infinity;
    this.entries.set(token, { claims: { sub: claims.sub, sid: claims.sid }, expiresAtMs });
  }
}
