import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

export interface StoredResponse {
  requestHash: string;
  statusCode: number;
  response: unknown;
}

export function requestHash(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/** Remembers the response to a request sent with an Idempotency-Key, stored in the same transaction. */
@Injectable()
export class IdempotencyRepository {
  constructor(private readonly dataSource: DataSource) {}

  async find(userId: string, key: string): Promise<StoredResponse | null> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      'SELECT request_hash, status_code, response FROM idempotency_keys WHERE user_id = ? AND idem_key = ?',
      [userId, key],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      requestHash: row.request_hash as string,
      statusCode: Number(row.status_code),
      response: typeof row.response === 'string' ? JSON.parse(row.response) : row.response,
    };
  }

  async store(
    manager: EntityManager,
    userId: string,
    key: string,
    stored: StoredResponse,
    now: Date,
  ): Promise<void> {
    await manager.query(
      'INSERT INTO idempotency_keys (user_id, idem_key, request_hash, status_code, response, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      [userId, key, stored.requestHash, stored.statusCode, JSON.stringify(stored.response), now],
    );
  }
}
