import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Database, fromJson } from '@app/persistence';

export interface StoredResponse {
  requestHash: string;
  statusCode: number;
  response: unknown;
}

export interface IdempotencyRecord {
  userId: string;
  key: string;
  stored: StoredResponse;
  now: Date;
}

export function requestHash(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/** Remembers the response to a request sent with an Idempotency-Key, stored in the same transaction. */
@Injectable()
export class IdempotencyRepository {
  constructor(private readonly db: Database) {}

  async find(userId: string, key: string): Promise<StoredResponse | null> {
    const row = await this.db.row(
      this.db.sql
        .selectFrom('idempotency_keys')
        .select(['request_hash', 'status_code', 'response'])
        .where('user_id', '=', userId)
        .where('idem_key', '=', key),
    );
    if (!row) return null;
    return {
      requestHash: row.request_hash,
      statusCode: Number(row.status_code),
      response: fromJson<unknown>(row.response),
    };
  }

  /** Part of the change it answers for: a replay must never see a response whose change rolled back. */
  async store(record: IdempotencyRecord): Promise<void> {
    this.db.requireTransaction('An idempotency record');
    // With the COMMIT in a pipelined transaction: a key its twin took fails the commit all the same.
    await this.db.writeLater(
      this.db.sql.insertInto('idempotency_keys').values({
        user_id: record.userId,
        idem_key: record.key,
        request_hash: record.stored.requestHash,
        status_code: record.stored.statusCode,
        response: JSON.stringify(record.stored.response),
        created_at: record.now,
      }),
    );
  }
}
