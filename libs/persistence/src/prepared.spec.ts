import { prepared } from './prepared';
import { sqlBuilder } from './database';

describe('prepared queries', () => {
  const reportInState = prepared((sql, a: { id: string; state: string }) =>
    sql
      .selectFrom('reports')
      .select(['id', 'version'])
      .where('id', '=', a.id)
      .where('state', '=', a.state)
      .limit(1),
  );

  it('compiles to the same SQL and parameters as building the query each time', () => {
    const built = sqlBuilder
      .selectFrom('reports')
      .select(['id', 'version'])
      .where('id', '=', 'r-1')
      .where('state', '=', 'drafting')
      .limit(1)
      .compile();
    const fromTemplate = reportInState({ id: 'r-1', state: 'drafting' });
    expect(fromTemplate.sql).toBe(built.sql);
    expect(fromTemplate.parameters).toEqual(built.parameters);
  });

  it('puts each call’s arguments in their places, constants stay', () => {
    expect(reportInState({ id: 'r-2', state: 'accepted' }).parameters).toEqual(['r-2', 'accepted', 1]);
    expect(reportInState({ id: 'r-3', state: 'drafting' }).parameters).toEqual(['r-3', 'drafting', 1]);
  });

  it('keeps values of any type, Dates and nulls included', () => {
    const touch = prepared((sql, a: { id: string; now: Date; by: string | null }) =>
      sql.updateTable('reports').set({ updated_at: a.now, last_actor_id: a.by }).where('id', '=', a.id),
    );
    const now = new Date('2026-12-02T00:00:00Z');
    expect(touch({ id: 'r-1', now, by: null }).parameters).toEqual([now, null, 'r-1']);
  });

  it('treats a value that merely looks like a placeholder as a value', () => {
    const lookalike = '\u0000rf-prepared-0000000000000000:id';
    expect(reportInState({ id: lookalike, state: 'x' }).parameters).toEqual([lookalike, 'x', 1]);
  });

  it('refuses a query whose argument was transformed while building, instead of freezing it', () => {
    const startsWith = prepared((sql, a: { prefix: string }) =>
      sql.selectFrom('units').select('id').where('path', 'like', `${a.prefix}%`),
    );
    expect(() => startsWith({ prefix: '/a/' })).toThrow(/use each argument as a plain value \(prefix/);
  });
});
