import { Injectable } from '@nestjs/common';
import { Database } from '@app/persistence';
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
  status: 'pending' | 'sent' | 'dead';
}

export interface DeliveryFailure {
  id: number;
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
        .select(['id', 'channel', 'target', 'subject', 'body', 'link', 'status'])
        .where('id', '=', id),
    );
    if (!row) return null;
    return { ...row, id: Number(row.id) };
  }

  /** Only a pending delivery becomes sent: a replayed or concurrent job changes nothing twice. */
  async markSent(id: number, now: Date): Promise<void> {
    await this.db.write(
      this.db.sql
        .updateTable('deliveries')
        .set((eb) => ({ attempts: eb('attempts', '+', 1), status: 'sent', sent_at: now, last_error: null }))
        .where('id', '=', id)
        .where('status', '=', 'pending'),
    );
  }

  /** Counts a failed attempt on a pending delivery; the last one moves it to the dead-letter list. */
  async recordFailure(failure: DeliveryFailure): Promise<void> {
    await this.db.write(
      this.db.sql
        .updateTable('deliveries')
        .set((eb) => ({
          attempts: eb('attempts', '+', 1),
          last_error: fitText(failure.error, ERROR_CHARS),
          ...(failure.dead ? { status: 'dead' as const, dead_at: failure.now } : {}),
        }))
        .where('id', '=', failure.id)
        .where('status', '=', 'pending'),
    );
  }

  /** A dead delivery back to pending for an admin's replay, counted as one more replay. */
  async requeueForReplay(id: number): Promise<void> {
    this.db.requireTransaction('A replayed delivery');
    await this.db.write(
      this.db.sql
        .updateTable('deliveries')
        .set((eb) => ({ status: 'pending', replays: eb('replays', '+', 1), dead_at: null }))
        .where('id', '=', id),
    );
  }
}
