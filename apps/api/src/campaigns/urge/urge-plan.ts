import type { LocalDate } from '@app/calendar';
import { waitsForUnit, type ReceiptStatus } from '@app/reports';

/** The longest 催办说明 a coordinator may add (characters, after trimming). */
export const URGE_MESSAGE_MAX = 200;

/** A press of 催办 already stored for the target on the China day asked about. */
export interface UrgeOfDay {
  id: string;
  at: Date;
  byName: string;
}

export interface UrgeFacts {
  campaignStatus: string;
  /** The target pressed with this campaign's receipt of its report; null: not a target. */
  target: { unitName: string; receipt: ReceiptStatus | null } | null;
  /** The press already stored for this target today (China date), if any. */
  pressedToday: UrgeOfDay | null;
  /** Whether anyone active in the unit holds a role a 催办 may reach (URGE_REACHABLE_ROLES). */
  anyoneToTell: boolean;
  today: LocalDate;
}

export type UrgeProblem =
  | { kind: 'withdrawn' }
  | { kind: 'not_target' }
  | { kind: 'nothing_to_do'; unitName: string; receipt: ReceiptStatus }
  | { kind: 'already_today'; unitName: string; first: UrgeOfDay }
  | { kind: 'nobody_to_tell'; unitName: string };

/**
 * May the issuing office press (催办) this target now? In this order: a withdrawn campaign asks for
 * nothing; a unit that is not a target is unknown here; a unit that has sent its report to this
 * campaign has nothing to do; one press per report per China day (the product's rule "never the
 * same reminder twice to the same person for the same deadline", applied to hand reminders); and a
 * unit with no account a 催办 can reach is told to the office instead of pressed in vain.
 */
export function planUrge(facts: UrgeFacts): { ok: true } | { ok: false; problem: UrgeProblem } {
  if (facts.campaignStatus !== 'active') return { ok: false, problem: { kind: 'withdrawn' } };
  const { target } = facts;
  if (!target) return { ok: false, problem: { kind: 'not_target' } };
  if (target.receipt !== null && !waitsForUnit(target.receipt))
    return {
      ok: false,
      problem: { kind: 'nothing_to_do', unitName: target.unitName, receipt: target.receipt },
    };
  if (facts.pressedToday)
    return {
      ok: false,
      problem: { kind: 'already_today', unitName: target.unitName, first: facts.pressedToday },
    };
  // Stored and shown as 已催办 while it reached nobody, a press would mislead the office (pen test F2).
  if (!facts.anyoneToTell)
    return { ok: false, problem: { kind: 'nobody_to_tell', unitName: target.unitName } };
  return { ok: true };
}

/** The 催办说明 as stored: trimmed, null when nothing is left. */
export function urgeMessageOf(message: string | null | undefined): string | null {
  const trimmed = message?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}
