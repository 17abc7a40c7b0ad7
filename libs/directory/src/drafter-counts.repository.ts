import { Injectable } from '@nestjs/common';
import { Database } from '@app/persistence';

/** How many active drafters each unit under the given subtrees has: counts only, never who. */
@Injectable()
export class DrafterCountsRepository {
  constructor(private readonly db: Database) {}

  async countsUnder(subtreePaths: readonly string[]): Promise<Array<{ unitId: string; drafters: number }>> {
    if (subtreePaths.length === 0) return [];
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('units as u')
        .leftJoin('user_roles as r', (join) =>
          join.onRef('r.unit_id', '=', 'u.id').on('r.role', '=', 'drafter'),
        )
        .leftJoin('users as x', (join) => join.onRef('x.id', '=', 'r.user_id').on('x.active', '=', 1))
        .select(['u.id'])
        .select((eb) => eb.fn.count<number>('x.id').as('drafters'))
        .where((eb) => eb.or(subtreePaths.map((path) => eb('u.path', 'like', `${path}%`))))
        .groupBy('u.id'),
    );
    return rows.map((row) => ({ unitId: row.id, drafters: Number(row.drafters) }));
  }
}
