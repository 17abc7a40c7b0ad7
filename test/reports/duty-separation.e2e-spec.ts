import { startApi } from '../support/apps';
import { step, submitDraft } from './report-helpers';
import { reviewUnit } from './review-unit';

const OPINION = { opinion: '经审查，报告内容合法合规。' };
const MEETING = {
  meetingBody: '党组会议',
  meetingDate: '2025-01-20',
  minutesNumber: '党组会纪要〔2025〕3号',
};

/**
 * Separation of duties (#15 item 7): one account holding every role must not take its own draft to
 * submitted. The submitter may not approve; nobody approves twice in one round; a unit may relax it.
 */
describe('separation of duties in the review chain', () => {
  let api: Awaited<ReturnType<typeof startApi>>;

  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(async () => {
    await api?.app.close();
  });

  const versionOf = async (
    client: { get: (id: string) => { expect: (s: number) => Promise<{ body: { version: number } }> } },
    id: string,
  ) => (await client.get(id).expect(200)).body.version;

  it('refuses the submitter approving and a second approval in one round; a return starts a new round', async () => {
    const fixture = await reviewUnit(api.dataSource, api.http, {
      everything: ['drafter', 'dept_reviewer', 'legal_adviser', 'party_approver'],
      chief: ['dept_reviewer', 'legal_adviser'],
    });
    const { everything, chief, legal, party } = fixture.clients;
    const created = await everything.create({ unitId: fixture.unit.id, reportYear: 2024 }).expect(201);
    const id = created.body.id as string;
    await submitDraft(everything, id);

    const own = await everything
      .act(id, { action: 'approve', expectedVersion: await versionOf(everything, id) })
      .expect(403);
    expect(own.body).toMatchObject({
      statusCode: 403,
      error: 'DUTIES_NOT_SEPARATED',
      details: { rule: 'submitter_may_not_approve', currentState: 'dept_review' },
    });
    expect(own.body.message).toContain('another person must approve');

    await step(chief, id, 'approve');
    const twice = await chief
      .act(id, { action: 'approve', expectedVersion: await versionOf(chief, id), fields: OPINION })
      .expect(403);
    expect(twice.body).toMatchObject({
      error: 'DUTIES_NOT_SEPARATED',
      details: { rule: 'one_approval_per_pass', currentState: 'legal_review' },
    });
    expect(twice.body.message).toContain('already approved this report in dept_review');
    // Nothing moved.
    expect((await chief.get(id).expect(200)).body.state).toBe('legal_review');

    // A return starts a new round: the chief may approve again, once; someone else submits.
    await step(legal, id, 'return', { comment: '请补充第二部分的原因分析。' });
    await submitDraft(fixture.clients.drafter, id);
    await step(chief, id, 'approve');
    await step(legal, id, 'approve', { fields: OPINION });
    // The one who holds every role but did not submit this round may take one approving step.
    await step(everything, id, 'approve', { fields: MEETING });
    // Deliberated: the principal leader signs next (default v2).
    expect((await party.get(id).expect(200)).body.state).toBe('leader_signoff');

    const history = await party.history(id).expect(200);
    expect(history.body.chain).toEqual({ verified: true });
    expect(
      history.body.events.some(
        (e: { fields: Record<string, unknown> }) => 'dutySeparationRelaxed' in e.fields,
      ),
    ).toBe(false);
  });

  it('an approval taken back (withdrawn) does not count against its author', async () => {
    const fixture = await reviewUnit(api.dataSource, api.http, { chief: ['dept_reviewer', 'legal_adviser'] });
    const { drafter, chief } = fixture.clients;
    const id = (await drafter.create({ unitId: fixture.unit.id, reportYear: 2024 }).expect(201)).body.id;
    await submitDraft(drafter, id);
    await step(chief, id, 'approve');
    await step(chief, id, 'withdraw');
    await step(chief, id, 'approve');
    expect((await chief.get(id).expect(200)).body.state).toBe('legal_review');
  });

  it('a unit that relaxes the rule lets one person take every step, and the history says so', async () => {
    const fixture = await reviewUnit(api.dataSource, api.http, {
      everything: ['drafter', 'dept_reviewer', 'legal_adviser', 'party_approver'],
    });
    await api.dataSource.query("UPDATE units SET duty_separation = 'relaxed' WHERE id = ?", [
      fixture.unit.id,
    ]);
    const { everything } = fixture.clients;
    const id = (await everything.create({ unitId: fixture.unit.id, reportYear: 2024 }).expect(201)).body.id;
    await submitDraft(everything, id);
    await step(everything, id, 'approve');
    await step(everything, id, 'approve', { fields: OPINION });
    await step(everything, id, 'approve', { fields: MEETING });
    expect((await everything.get(id).expect(200)).body.state).toBe('leader_signoff');

    const history = await everything.history(id).expect(200);
    expect(history.body.chain).toEqual({ verified: true });
    const approvals = history.body.events.filter((e: { action: string }) => e.action === 'approve');
    expect(approvals.map((e: { fields: Record<string, unknown> }) => e.fields.dutySeparationRelaxed)).toEqual(
      ['submitter_may_not_approve', 'submitter_may_not_approve', 'submitter_may_not_approve'],
    );
    expect(approvals[1].fields).toMatchObject(OPINION);
  });

  it("a unit's administrator relaxes or restores the rule through the API, recorded", async () => {
    const fixture = await reviewUnit(api.dataSource, api.http, {
      everything: ['drafter', 'dept_reviewer'],
      admin: ['admin'],
    });
    const { everything, admin } = fixture.clients;
    const put = (client: typeof admin, body: object) =>
      api.http().put(`/units/${fixture.unit.id}/duty-separation`).set(client.raw().auth).send(body);

    const byDrafter = await put(everything, { dutySeparation: 'relaxed' }).expect(403);
    expect(byDrafter.body.statusCode).toBe(403);
    const bad = await put(admin, { dutySeparation: 'off' }).expect(400);
    expect(bad.body.message).toContain('dutySeparation must be enforced, relaxed or null');
    await put(admin, {}).expect(400);

    const id = (await everything.create({ unitId: fixture.unit.id, reportYear: 2024 }).expect(201)).body.id;
    await submitDraft(everything, id);
    const version = await versionOf(everything, id);
    await everything.act(id, { action: 'approve', expectedVersion: version }).expect(403);

    const relaxed = await put(admin, { dutySeparation: 'relaxed' }).expect(200);
    expect(relaxed.body).toEqual({
      unitId: fixture.unit.id,
      dutySeparation: 'relaxed',
      effective: 'relaxed',
    });
    await everything.act(id, { action: 'approve', expectedVersion: version }).expect(200);

    const restored = await put(admin, { dutySeparation: null }).expect(200);
    expect(restored.body).toMatchObject({ dutySeparation: null, effective: 'enforced' });
    const events: Array<{ details: unknown }> = await api.dataSource.query(
      "SELECT details FROM admin_events WHERE action = 'unit.duty-separation-set' AND target_id = ? ORDER BY id",
      [fixture.unit.id],
    );
    expect(events.map((e) => (typeof e.details === 'string' ? JSON.parse(e.details) : e.details))).toEqual([
      { dutySeparation: 'relaxed' },
      { dutySeparation: null },
    ]);
  });

  it('DUTY_SEPARATION=relaxed relaxes units without their own setting, and a unit may still enforce it', async () => {
    const relaxedApi = await startApi({ env: { DUTY_SEPARATION: 'relaxed' } });
    try {
      const open = await reviewUnit(relaxedApi.dataSource, relaxedApi.http, {
        everything: ['drafter', 'dept_reviewer'],
      });
      const a = open.clients.everything;
      const first = (await a.create({ unitId: open.unit.id, reportYear: 2024 }).expect(201)).body.id;
      await submitDraft(a, first);
      const relaxed = await step(a, first, 'approve');
      expect(relaxed.report.state).toBe('legal_review');

      const strict = await reviewUnit(relaxedApi.dataSource, relaxedApi.http, {
        everything: ['drafter', 'dept_reviewer'],
      });
      await relaxedApi.dataSource.query("UPDATE units SET duty_separation = 'enforced' WHERE id = ?", [
        strict.unit.id,
      ]);
      const b = strict.clients.everything;
      const second = (await b.create({ unitId: strict.unit.id, reportYear: 2024 }).expect(201)).body.id;
      await submitDraft(b, second);
      const refused = await b
        .act(second, { action: 'approve', expectedVersion: await versionOf(b, second) })
        .expect(403);
      expect(refused.body.details.rule).toBe('submitter_may_not_approve');
    } finally {
      await relaxedApi.app.close();
    }
  });
});
