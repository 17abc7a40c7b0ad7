import { Injectable } from '@nestjs/common';
import { Database } from '@app/persistence';
import { fitText, TEXT_LIMITS } from './fit-text';

/** A message for one person's in-app inbox. */
export interface NewNotification {
  userId: string;
  kind: string;
  reportId: string | null;
  /** The campaign it is about (the console links to its 通报), when one. */
  campaignId?: string | null;
  title: string;
  body: string;
  /** One delivery per key (notifications.dedup_key is unique): a retried job inserts nothing twice. */
  dedupKey: string;
}

export interface Notification {
  id: number;
  kind: string;
  reportId: string | null;
  campaignId: string | null;
  title: string;
  body: string;
  createdAt: Date;
  readAt: Date | null;
}

export interface InboxQuery {
  userId: string;
  unreadOnly: boolean;
  /** Only those about this report. */
  reportId?: string;
  /** Only those of this kind (urged: 催办). */
  kind?: string;
  limit: number;
}

/** Rows per INSERT: keeps a statement well under max_allowed_packet whatever the batch. */
const CHUNK = 500;

/**
 * The notifications table's only writer (the worker's transition and reminder messages, the API's
 * campaign messages) and the in-app inbox's reader. Joins the caller's transaction when there is one.
 */
@Injectable()
export class NotificationRepository {
  constructor(private readonly db: Database) {}

  /**
   * Inserts the messages whose key is new and returns how many were. Texts too long for their
   * column are cut by fitText: INSERT IGNORE is here for the duplicate keys only, never to let
   * MySQL truncate.
   */
  async deliver(messages: NewNotification[], now: Date): Promise<number> {
    let delivered = 0;
    for (let i = 0; i < messages.length; i += CHUNK) {
      const result = await this.db.write(
        this.db.sql
          .insertInto('notifications')
          .ignore()
          .values(
            messages.slice(i, i + CHUNK).map((m) => ({
              user_id: m.userId,
              kind: m.kind,
              report_id: m.reportId,
              campaign_id: m.campaignId ?? null,
              title: fitText(m.title, TEXT_LIMITS.notificationTitle),
              body: fitText(m.body, TEXT_LIMITS.notificationBody),
              dedup_key: m.dedupKey,
              created_at: now,
            })),
          ),
      );
      delivered += result.affectedRows;
    }
    return delivered;
  }

  /** One person's notifications, newest first. */
  async inbox(query: InboxQuery): Promise<Notification[]> {
    let select = this.db.sql
      .selectFrom('notifications')
      .select(['id', 'kind', 'report_id', 'campaign_id', 'title', 'body', 'created_at', 'read_at'])
      .where('user_id', '=', query.userId);
    if (query.unreadOnly) select = select.where('read_at', 'is', null);
    if (query.reportId !== undefined) select = select.where('report_id', '=', query.reportId);
    if (query.kind !== undefined) select = select.where('kind', '=', query.kind);
    const rows = await this.db.rows(select.orderBy('id', 'desc').limit(query.limit));
    return rows.map((row) => ({
      id: Number(row.id),
      kind: row.kind,
      reportId: row.report_id,
      campaignId: row.campaign_id,
      title: row.title,
      body: row.body,
      createdAt: row.created_at,
      readAt: row.read_at,
    }));
  }

  async unreadCount(userId: string): Promise<number> {
    const row = await this.db.row(
      this.db.sql
        .selectFrom('notifications')
        .select((eb) => eb.fn.countAll<number>().as('unread'))
        .where('user_id', '=', userId)
        .where('read_at', 'is', null),
    );
    return Number(row?.unread ?? 0);
  }

  /** Marks one of the person's own notifications read (keeping the first time); false when it is not theirs. */
  async markRead(mark: { id: number; userId: string; now: Date }): Promise<boolean> {
    const result = await this.db.write(
      this.db.sql
        .updateTable('notifications')
        .set((eb) => ({ read_at: eb.fn.coalesce('read_at', eb.val(mark.now)) }))
        .where('id', '=', mark.id)
        .where('user_id', '=', mark.userId),
    );
    return result.affectedRows > 0;
  }
}
