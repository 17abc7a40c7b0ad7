import { CompiledQuery } from 'kysely';
import { sqlBuilder as sql } from './database';
import { ANY_TABLE, tablesWrittenBy } from './written-tables';

const sorted = (names: readonly string[]) => [...names].sort();

describe('tablesWrittenBy: what a write may have changed, for the change signals', () => {
  it('names the table of an insert, an update and a delete built by Kysely', () => {
    expect(
      tablesWrittenBy(
        sql
          .insertInto('reports')
          .values({ id: '1' } as never)
          .compile(),
      ),
    ).toEqual(['reports']);
    expect(
      tablesWrittenBy(sql.updateTable('units').set({ name: '司法局' }).where('id', '=', '1').compile()),
    ).toEqual(['units']);
    expect(tablesWrittenBy(sql.deleteFrom('user_roles').where('user_id', '=', '1').compile())).toEqual([
      'user_roles',
    ]);
  });

  it('names every table of a joined update and of an insert from a select (too many is safe)', () => {
    const joined = sql
      .updateTable(['reports as r', 'campaign_targets as t'])
      .set('r.return_count', 0)
      .whereRef('t.report_id', '=', 'r.id')
      .where('t.campaign_id', '=', '1')
      .compile();
    expect(sorted(tablesWrittenBy(joined))).toEqual(['campaign_targets', 'reports']);
    const copied = sql
      .insertInto('campaign_urges')
      .columns(['unit_id'])
      .expression(sql.selectFrom('campaign_targets').select('unit_id'))
      .compile();
    expect(sorted(tablesWrittenBy(copied))).toEqual(['campaign_targets', 'campaign_urges']);
  });

  it('reads the target of a plain raw write from its text, and gives up on anything else', () => {
    const raw = (text: string) => tablesWrittenBy(CompiledQuery.raw(text, []));
    expect(raw('INSERT INTO `units` (`id`) VALUES (?)')).toEqual(['units']);
    expect(raw('insert ignore into report_receipts (id) select ?')).toEqual(['report_receipts']);
    expect(raw('UPDATE users SET display_name = ? WHERE id = ?')).toEqual(['users']);
    expect(raw('update `reports` as `r` set `state` = ? where `r`.`id` = ?')).toEqual(['reports']);
    expect(raw('DELETE FROM calendar_schedules WHERE id = ?')).toEqual(['calendar_schedules']);
    // A join, a multi-table delete or a statement it does not know: every table may have changed.
    expect(raw('UPDATE reports r JOIN units u ON u.id = r.unit_id SET r.state = ?')).toEqual([ANY_TABLE]);
    expect(raw('DELETE r FROM reports r JOIN units u ON u.id = r.unit_id')).toEqual([ANY_TABLE]);
    expect(raw('CALL rebuild_everything()')).toEqual([ANY_TABLE]);
    expect(raw('UPDATE LOW_PRIORITY reports SET state = ?')).toEqual([ANY_TABLE]);
    expect(raw('UPDATE units SET name = ? WHERE id = ?; UPDATE reports SET state = ?')).toEqual([ANY_TABLE]);
  });
});
