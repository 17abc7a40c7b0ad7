import { Injectable } from '@nestjs/common';
import { Database } from '@app/persistence';
import { UNCONFIRMED_ERROR } from './delivery-claim';
import { fitText, TEXT_LIMITS } from './fit-text';

export type DeliveryChannel = 'email' | 'webhook';

/** An email or chat-robot message, stored before it is sent (sent by the delivery-send job). */
export interface NewDelivery {
  /** One delivery per key: a retried reminder stores nothing twice. */
  dedupKey: string;
  channel: DeliveryChannel;
  /** The email address or the webhook URL. */
  target: string;
  userId: string | null;
  unitId: string;
  reportId: string;
  subject: string;
  body: string;
  link: string | null;
}

export interface Delivery {
  id: number;
  channel: DeliveryChannel;
  target: string;
  subject: string;
  body: string;
  link: string | null;
  /** sending: claimed by one run of its job (see decideOnClaim), which alone may send it. */
  status: 'pending' | 'sending' | 'sent' | 'dead';
  claimedAt: Date | null;
}

/** One run's hold on a delivery: only the run whose token is stored may record the result. */
export interface DeliveryClaim {
  id: number;
  /** A fresh random value per run (not the job id: two runs of one job share that). */
  token: string;
  now: Date;
}

export interface DeliveryFailure {
  id: number;
  /**
   * The failing run's claim token: the failure is recorded only while that run still holds the
   * claim. Null for the failed-job sweep, which holds none: it dead-letters only a pending delivery
   * (one left `sending` has an unknown fate; deadLetterUnconfirmed takes it).
   */
  claimToken: string | null;
  error: string;
  /** The last attempt: the delivery goes to the dead-letter list. */
  dead: boolean;
  now: Date;
}

/** Longest stored error text (deliveries.last_error). */
const ERROR_CHARS = 1000;

/** The deliveries table's writer on the worker side: stores, sends and dead-letters deliveries. */
@Injectable()
export class DeliveryRepository {
  constructor(private readonly db: Database) {}

  /**
   * Stores the delivery unless its key is taken; returns its id when stored, null when it was
   * already there. Part of a transaction: its send job goes into the outbox with it.
   */
  async insertIfNew(delivery: NewDelivery, now: Date): Promise<number | null> {
    this.db.requireTransaction('A delivery');
    const result = await this.db.write(
      this.db.sql
        .insertInto('deliveries')
        .ignore()
        .values({
          dedup_key: delivery.dedupKey,
          channel: delivery.channel,
          target: delivery.target,
          user_id: delivery.userId,
          unit_id: delivery.unitId,
          report_id: delivery.reportId,
          subject: fitText(delivery.subject, TEXT_LIMITS.deliverySubject),
          body: fitText(delivery.body, TEXT_LIMITS.deliveryBody),
          link: delivery.link,
          created_at: now,
        }),
    );
    return result.affectedRows === 1 ? result.insertId : null;
  }

  async findById(id: number): Promise<Delivery | null> {
    const row = await this.db.row(
      this.db.sql
        .selectFrom('deliveries')
        .select(['id', 'channel', 'target', 'subject', 'body', 'link', 'status', 'claimed_at'])
        .where('id', '=', id),
    );
    if (!row) return null;
    const { claimed_at: claimedAt, ...rest } = row;
    return { ...rest, id: Number(row.id), claimedAt };
  }

  /**
   * Moves a pending delivery to `sending` for this run; true when this run won. One conditional
   * UPDATE: of two runs that both read `pending`, exactly one changes the row, and only it sends.
   */
  async claim({ id, token, now }: DeliveryClaim): Promise<boolean> {
    const result = await this.db.write(
      this.db.sql
        .updateTable('deliveries')
        .set({ status: 'sending', claim_token: token, claimed_at: now })
        .where('id', '=', id)
        .where('status', '=', 'pending'),
    );
    return result.affectedRows === 1;
  }

  /**
   * The claiming run sent it. Also from the dead-letter list when this very claim was called
   * "unconfirmed" while its sender was only slow (an event loop blocked past the bound): the message
   * did leave, so the admin must not be asked to send it again. A replay's new claim has another
   * token, so a late first run can never touch a replayed delivery.
   */
  async markSent({ id, token, now }: DeliveryClaim): Promise<boolean> {
    const result = await this.db.write(
      this.db.sql
        .updateTable('deliveries')
        .set((eb) => ({
          attempts: eb('attempts', '+', 1),
          status: 'sent',
          sent_at: now,
          last_error: null,
          dead_at: null,
          dead_reason: null,
        }))
        .where('id', '=', id)
        .where('claim_token', '=', token)
        .where((eb) =>
          eb.or([
            eb('status', '=', 'sending'),
            eb.and([eb('status', '=', 'dead'), eb('dead_reason', '=', 'unconfirmed')]),
          ]),
        ),
    );
    return result.affectedRows === 1;
  }

  /**
   * Counts a failed attempt: the claiming run's delivery goes back to pending for the job's retry,
   * or, on the last attempt, to the dead-letter list; the sweep's (no claim) only from pending.
   */
  async recordFailure(failure: DeliveryFailure): Promise<void> {
    const query = this.db.sql
      .updateTable('deliveries')
      .set((eb) => ({
        attempts: eb('attempts', '+', 1),
        last_error: fitText(failure.error, ERROR_CHARS),
        ...(failure.dead
          ? { status: 'dead' as const, dead_at: failure.now, dead_reason: 'failed' as const }
          : { status: 'pending' as const }),
      }))
      .where('id', '=', failure.id);
    await this.db.write(
      failure.claimToken === null
        ? query.where('status', '=', 'pending')
        : query.where('status', '=', 'sending').where('claim_token', '=', failure.claimToken),
    );
  }

  /**
   * Claims older than `claimedBefore` (one delivery, or all when `id` is left out) to the
   * dead-letter list as "unconfirmed: may have been sent": their sender died mid-send, so the
   * message may have left or not. Held back rather than sent twice (the in-app inbox has it
   * anyway), shown to the admin rather than lost. Returns how many were moved.
   */
  async deadLetterUnconfirmed(stale: { id?: number; claimedBefore: Date; now: Date }): Promise<number> {
    let query = this.db.sql
      .updateTable('deliveries')
      .set({ status: 'dead', dead_reason: 'unconfirmed', dead_at: stale.now, last_error: UNCONFIRMED_ERROR })
      .where('status', '=', 'sending')
      .where('claimed_at', '<=', stale.claimedBefore);
    if (stale.id !== undefined) query = query.where('id', '=', stale.id);
    return (await this.db.write(query)).affectedRows;
  }

  /**
   * A dead delivery back to pending for an admin's replay, counted as one more replay. The old
   * claim goes: a first run that was only slow can no longer record anything on it.
   */
  async requeueForReplay(id: number): Promise<void> {
    this.db.requireTransaction('A replayed delivery');
    await this.db.write(
      this.db.sql
        .updateTable('deliveries')
        .set((eb) => ({
          status: 'pending',
          replays: eb('replays', '+', 1),
          dead_at: null,
          dead_reason: null,
          claim_token: null,
          claimed_at: null,
        }))
        .where('id', '=', id)
        .where('status', '=', 'dead'),
    );
  }
}
