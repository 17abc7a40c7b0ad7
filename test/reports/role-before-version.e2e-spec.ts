import { startApi } from '../support/apps';
import { submitDraft } from './report-helpers';
import { reviewUnit } from './review-unit';

/**
 * For a visible report the role check comes before the version check (#14 item 3): a user who may
 * never take the action learns that (403 naming the role), not "reload and try again" (409).
 */
describe('role check before version check', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let fixture: Awaited<ReturnType<typeof reviewUnit>>;

  beforeAll(async () => {
    api = await startApi();
    fixture = await reviewUnit(api.dataSource, api.http);
  });
  afterAll(async () => {
    await api?.app.close();
  });

  it('answers 403 naming the missing role even with a stale expectedVersion', async () => {
    const { drafter, reviewer } = fixture.clients;
    const created = await drafter.create({ unitId: fixture.unit.id, reportYear: 2024 }).expect(201);
    const id = created.body.id as string;
    await submitDraft(drafter, id);
    const current = await drafter.get(id).expect(200);
    const stale = current.body.version - 1;

    const refused = await drafter.act(id, { action: 'approve', expectedVersion: stale }).expect(403);
    expect(refused.body).toMatchObject({ statusCode: 403, error: 'ROLE_REQUIRED' });
    expect(refused.body.message).toContain('dept_reviewer');
    expect(refused.body.details.needed).toEqual(
      expect.arrayContaining(['dept_reviewer', 'legal_adviser', 'party_approver']),
    );

    const coordinatorOnly = await drafter.act(id, { action: 'accept', expectedVersion: stale }).expect(403);
    expect(coordinatorOnly.body.details.needed).toEqual(['coordinator']);

    // Someone who does hold the role is told the report moved on.
    const moved = await reviewer.act(id, { action: 'approve', expectedVersion: stale }).expect(409);
    expect(moved.body).toMatchObject({
      error: 'REPORT_STALE_VERSION',
      details: { currentState: 'dept_review', currentVersion: current.body.version },
    });
    // Nothing changed.
    const after = await drafter.get(id).expect(200);
    expect(after.body).toMatchObject({ state: 'dept_review', version: current.body.version });
  });
});
