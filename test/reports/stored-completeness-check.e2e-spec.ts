import { startApi } from '../support/apps';
import { loadDemo, tokenFor } from '../support/demo';
import { completeSections } from '../support/content';
import { reportClient } from './report-helpers';

/**
 * A save stores the completeness check's verdict with its revision and a submit trusts a stored
 * pass instead of scanning the text again (BENCHMARKS.md, round 14). What a submit decides must
 * not change with it: a revision saved before verdicts were stored is checked as before, and a
 * pass stored for a unit name the unit no longer has does not let the report through.
 */
describe('the completeness check a save stores decides a submit as the check itself would', () => {
  const UNIT_NAME = '呼图壁县交通运输局';
  let api: Awaited<ReturnType<typeof startApi>>;
  let demo: Awaited<ReturnType<typeof loadDemo>>;
  let drafter: ReturnType<typeof reportClient>;

  beforeAll(async () => {
    api = await startApi();
    demo = await loadDemo(api.dataSource);
    drafter = reportClient(api.http, await tokenFor(api.http, 'htb-drafter'));
  });
  afterAll(() => api?.app.close());

  /** A drafting report of the demo's transport bureau with one saved revision; its id. */
  async function savedDraft(reportYear: number, sections: object): Promise<string> {
    const created = await drafter.create({ unitId: demo.unitIds['htb-transport'], reportYear }).expect(201);
    await drafter.save(created.body.id, { basedOnRevision: 0, sections }).expect(201);
    return created.body.id as string;
  }

  /** As a revision saved before this change is: no verdict stored with it. */
  async function forgetStoredVerdict(reportId: string): Promise<void> {
    await api.dataSource.query(
      'UPDATE report_revisions SET check_passed = NULL, check_basis = NULL WHERE report_id = ?',
      [reportId],
    );
  }

  it('refuses an incomplete revision saved before verdicts were stored, with the findings', async () => {
    const id = await savedDraft(2001, { ...completeSections(UNIT_NAME, 2001), shortcomings: '' });
    await forgetStoredVerdict(id);
    const refused = await drafter.act(id, { action: 'submit', expectedVersion: 2 }).expect(422);
    expect(refused.body).toMatchObject({
      error: 'COMPLETENESS_CHECK_FAILED',
      details: { findings: [expect.objectContaining({ item: 2, severity: 'error', code: 'item_missing' })] },
    });
  });

  it('lets a complete revision saved before verdicts were stored leave drafting', async () => {
    const id = await savedDraft(2002, completeSections(UNIT_NAME, 2002));
    await forgetStoredVerdict(id);
    const submitted = await drafter.act(id, { action: 'submit', expectedVersion: 2 }).expect(200);
    expect(submitted.body.state).not.toBe('drafting');
  });

  it('checks the text again when the unit was renamed after the save: the name the text signs no longer passes', async () => {
    const id = await savedDraft(2003, completeSections(UNIT_NAME, 2003));
    const [stored] = await api.dataSource.query(
      'SELECT check_passed FROM report_revisions WHERE report_id = ?',
      [id],
    );
    expect(Number(stored.check_passed)).toBe(1);
    const renamed = '昌吉市交通运输局';
    await api.dataSource.query('UPDATE units SET name = ? WHERE id = ?', [
      renamed,
      demo.unitIds['htb-transport'],
    ]);
    try {
      const refused = await drafter.act(id, { action: 'submit', expectedVersion: 2 }).expect(422);
      expect(refused.body).toMatchObject({
        error: 'COMPLETENESS_CHECK_FAILED',
        details: { findings: [expect.objectContaining({ code: 'unit_mismatch' })] },
      });
    } finally {
      await api.dataSource.query('UPDATE units SET name = ? WHERE id = ?', [
        UNIT_NAME,
        demo.unitIds['htb-transport'],
      ]);
    }
    await drafter.act(id, { action: 'submit', expectedVersion: 2 }).expect(200);
  });
});
