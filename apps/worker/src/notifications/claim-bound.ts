/**
 * How long a delivery's claim (`sending`) may be held by a sender that is still alive. Past it, the
 * sender is taken to have died mid-send and the delivery goes to the dead-letter list as
 * "unconfirmed" (decideOnClaim).
 *
 * The send's own time limit is enough, with a margin: a live sender's webhook post gives up after
 * WEBHOOK_TIMEOUT_MS (the whole exchange, see post-json), and an email's SMTP connection after
 * nodemailer's 2-minute connection timeout; nothing else happens between the claim and the result.
 * The margin covers clocks that differ between worker hosts and an event loop that stalls for a
 * while. A bound set too short costs little: the slow sender's later "sent" still takes the
 * delivery off the dead-letter list (markSent accepts its own claim there); set too long, it only
 * delays when the admin sees a delivery whose sender really died.
 */
export const EMAIL_CONNECT_LIMIT_MS = 120_000;
export const CLAIM_MARGIN_MS = 60_000;

export function claimStaleAfterMs(env: { WEBHOOK_TIMEOUT_MS: number }): number {
  return Math.max(env.WEBHOOK_TIMEOUT_MS, EMAIL_CONNECT_LIMIT_MS) + CLAIM_MARGIN_MS;
}
