import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface InboxMessage {
  userId: string;
  kind: string;
  reportId: string | null;
  title: string;
  body: string;
  /** One delivery per key: a retried or repeated job inserts nothing the second time. */
  dedupKey: string;
}

@Injectable()
export class InboxRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Inserts the messages whose key is new; returns how many were new. */
  async deliver(messages: InboxMessage[], now: Date): Promise<number> {
    if (messages.length === 0) return 0;
    const result: { affectedRows: number } = await this.dataSource.query(
      `INSERT IGNORE INTO notifications (user_id, kind, report_id, title, body, dedup_key, created_at)
       VALUES ${messages.map(() => '(?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
      messages.flatMap((m) => [m.userId, m.kind, m.reportId, m.title, m.body, m.dedupKey, now]),
    );
    return result.affectedRows;
  }
}
