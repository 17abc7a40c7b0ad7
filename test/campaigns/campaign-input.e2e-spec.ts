import { randomBytes } from 'node:crypto';
import { ManualClock, newId } from '@app/common';
import { startApi } from '../support/apps';
import { loadDemo } from '../support/demo';
import { at, campaignClient, login } from './campaign-helpers';

/** Bad input answers a clear 4xx and stores nothing; adding a unit later works and is recorded. */
describe('campaign input and later changes', () => {
  const clock = new ManualClock(at('2026-01-07'));
  let api: Awaited<ReturnType<typeof startApi>>;
  let demo: Awaited<ReturnType<typeof loadDemo>>;
  let coordinator: ReturnType<typeof campaignClient>;
  const title = `输入校验-${randomBytes(4).toString('hex')}`;
  // Each campaign issued here (201) asks for its own report year: issuing the same campaign twice
  // (same issuer, year and unit, still active) is refused, and other files ask these units for 2025.
  const valid = (reportYear = 2025) => ({
    reportYear,
    title,
    body: '请按时报送。',
    dueDate: '2026-02-27',
    targets: { unitIds: [demo.unitIds['htb-transport']] },
  });
  const stored = async () => {
    const [{ n }] = await api.dataSource.query('SELECT COUNT(*) AS n FROM campaigns WHERE title = ?', [
      title,
    ]);
    return Number(n);
  };

  beforeAll(async () => {
    api = await startApi({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000', REFRESH_TTL_DAYS: '90' } });
    demo = await loadDemo(api.dataSource);
    coordinator = campaignClient(api.http, await login(api.http, 'cj-coordinator'));
  });
  afterAll(async () => {
    await api?.app.close();
  });

  it.each([
    ['a due date in the past', { dueDate: '2026-01-06' }, 400, 'DATE_IN_PAST'],
    ['a date that does not exist', { dueDate: '2026-02-30' }, 400, 'VALIDATION_FAILED'],
    [
      'a due date later than the regulation allows',
      { dueDate: '2026-03-02' },
      400,
      'DUE_DATE_AFTER_REGULATION',
    ],
    ['a stage limit of 0', { stageLimits: { dept_review: 0 } }, 400, 'VALIDATION_FAILED'],
    ['a negative stage limit', { stageLimits: { legal_review: -2 } }, 400, 'VALIDATION_FAILED'],
    ['a fractional stage limit', { stageLimits: { legal_review: 1.5 } }, 400, 'VALIDATION_FAILED'],
    [
      'a stage limit for a state that is not a review stage',
      { stageLimits: { submitted: 3 } },
      400,
      'VALIDATION_FAILED',
    ],
    [
      'an unknown workflow definition',
      { workflow: { id: 'no-such-path', version: 1 } },
      400,
      'UNKNOWN_WORKFLOW',
    ],
    [
      'an unknown version of a definition',
      { workflow: { id: 'default', version: 99 } },
      400,
      'UNKNOWN_WORKFLOW',
    ],
    // Scenario test, stop 47: the refusal advised an earlier date, and every earlier one is past.
    [
      'a report year whose regulation date has passed',
      { reportYear: 2024, dueDate: '2026-02-27' },
      400,
      'REGULATION_DATE_PASSED',
    ],
    ['no targets at all', { targets: {} }, 400, 'VALIDATION_FAILED'],
    ['a selector without criteria', { targets: { select: {} } }, 400, 'VALIDATION_FAILED'],
    [
      'a selector that matches nothing',
      { targets: { select: { nameContains: '不存在的单位名称' } } },
      400,
      'NO_TARGETS',
    ],
    ['a disclosure date before the due date', { disclosureDate: '2026-02-01' }, 400, 'VALIDATION_FAILED'],
    // Scenario test, stop 44: the regulation has the report public by 1 April.
    ['a disclosure date after 1 April', { disclosureDate: '2026-06-30' }, 400, 'VALIDATION_FAILED'],
    ['an unknown field', { priority: 'high' }, 400, 'VALIDATION_FAILED'],
    // Scenario test, stop 49: notices dated weeks ahead and years before their report year were stored.
    ['a notice dated after today', { issuedOn: '2026-01-08' }, 400, 'VALIDATION_FAILED'],
    ['a notice dated before its report year', { issuedOn: '2024-12-31' }, 400, 'VALIDATION_FAILED'],
    // Scenario tests, stop 45: null where nothing means null was read as "off" (reminders) or the
    // default (the line), or was a 500 (stage limits, reminder lists).
    ['the line asked for as null', { reportLine: null }, 400, 'VALIDATION_FAILED'],
    ['stage limits as null', { stageLimits: null }, 400, 'VALIDATION_FAILED'],
    ['the on-the-day reminder as null', { reminderPolicy: { onTheDay: null } }, 400, 'VALIDATION_FAILED'],
    ['escalation as null', { reminderPolicy: { escalateToLeaderAfter: null } }, 400, 'VALIDATION_FAILED'],
    ['reminder days as null', { reminderPolicy: { dueBefore: null } }, 400, 'VALIDATION_FAILED'],
    // Penetration test, stop 47: a title displayed as another text reaches every target's inbox.
    ['a title with a direction override', { title: '关于报送\u202e知通的告报' }, 400, 'VALIDATION_FAILED'],
    ['a title of spaces', { title: '   ' }, 400, 'VALIDATION_FAILED'],
    // The notice text is what the units are asked: an empty one was stored (external QA, stop 52).
    ['an empty notice text', { body: '' }, 400, 'VALIDATION_FAILED'],
    ['a notice text of spaces', { body: '  \n ' }, 400, 'VALIDATION_FAILED'],
    [
      'a 文号 with a zero-width space',
      { documentNumber: '昌州政办通〔2026〕\u200b1号' },
      400,
      'VALIDATION_FAILED',
    ],
  ])('refuses %s and stores nothing', async (what, change, status, code) => {
    const res = await coordinator.issue({ ...valid(), ...change }).expect(status);
    expect(res.body).toMatchObject({ statusCode: status, error: code, message: expect.any(String) });
    // Every VALIDATION_FAILED names its fields, as error-codes.md says (scenario test, stop 49: the
    // targets' and the disclosure date's did not).
    if (code === 'VALIDATION_FAILED')
      expect(res.body.details.fields).toEqual(expect.arrayContaining([expect.any(String)]));
    if (code === 'REGULATION_DATE_PASSED') {
      expect(res.body.message).toMatch(/2024 reports of .*\(2025-03-01\).* has passed \(today is 2026-01-07/);
      expect(res.body.message).not.toMatch(/earlier date/);
    }
    if (what === 'a disclosure date after 1 April')
      expect(res.body.message).toMatch(
        /is later than 2026-04-01: the regulation has the 2025 report made public by 1 April 2026/,
      );
    expect(await stored()).toBe(0);
  });

  it('reads a date sent as null as no date: the regulation’s due date, today’s notice', async () => {
    const res = await coordinator
      // A title of its own: the other tests count the campaigns stored under theirs.
      .issue({ ...valid(2031), title: `${title}-null`, dueDate: null, issuedOn: null, disclosureDate: null })
      .expect(201);
    expect(res.body).toMatchObject({ dueDate: null, disclosureDate: '2032-04-01' });
    expect(res.body.notice.issuedOn).toBe('2026-01-07');
    // A withdrawal says why: spaces are no reason (scenario test, stop 47).
    const blank = await coordinator.withdraw(res.body.id, '   ').expect(400);
    expect(blank.body.message).toContain('reason should not be empty');
    await coordinator.withdraw(res.body.id, '测试完毕').expect(200);
  });

  it('answers 404 for target units outside my reach, 400 for the issuing unit itself', async () => {
    const foreign = await coordinator
      .issue({
        ...valid(),
        targets: { unitIds: [demo.unitIds['htb-transport'], demo.unitIds['yn-transport']] },
      })
      .expect(404);
    expect(foreign.body).toMatchObject({
      error: 'NOT_FOUND',
      details: { unitIds: [demo.unitIds['yn-transport']] },
    });
    await coordinator.issue({ ...valid(), targets: { unitIds: [newId()] } }).expect(404);
    // Many unknown ids: the first 20 named, the rest counted, not each twice (pen test, stop 55).
    const unknown = Array.from({ length: 500 }, () => newId());
    const many = await coordinator.issue({ ...valid(), targets: { unitIds: unknown } }).expect(404);
    expect(many.body.details).toEqual({ unitIds: unknown.slice(0, 20), count: 500 });
    expect(many.body.message).toMatch(/ and 480 more$/);
    expect(JSON.stringify(many.body).length).toBeLessThan(3_000);
    const self = await coordinator.issue({ ...valid(), targets: { unitIds: [demo.unitIds.cj] } }).expect(400);
    expect(self.body.error).toBe('TARGET_NOT_BELOW_ISSUER');
    // Coordinating the prefecture does not make me its province: issuing there is refused.
    const above = await coordinator.issue({ ...valid(), issuingUnitId: demo.unitIds.xj }).expect(404);
    expect(above.body.error).toBe('NOT_FOUND');
    const drafter = campaignClient(api.http, await login(api.http, 'htb-drafter'));
    const notCoordinator = await drafter.issue(valid()).expect(403);
    expect(notCoordinator.body.error).toBe('ROLE_REQUIRED');
    expect(await stored()).toBe(0);
  });

  it('adds a unit later with its own due date, records it, and refuses a unit already targeted', async () => {
    const issued = await coordinator.issue(valid(2027)).expect(201);
    const id = issued.body.id;
    const again = await coordinator.addTargets(id, { unitIds: [demo.unitIds['htb-transport']] }).expect(409);
    expect(again.body.error).toBe('TARGET_EXISTS');
    const past = await coordinator
      .addTargets(id, { unitIds: [demo.unitIds['mns-transport']], dueDate: '2026-01-01' })
      .expect(400);
    expect(past.body.error).toBe('DATE_IN_PAST');

    clock.set(at('2026-02-02'));
    const added = await coordinator
      .addTargets(id, { unitIds: [demo.unitIds['mns-transport']], dueDate: '2026-02-26' })
      .expect(201);
    expect(added.body.targetCount).toBe(2);
    const board = await coordinator.board(id).expect(200);
    expect(
      board.body.rows.map((r: { unit: { name: string }; dueDate: string }) => [r.unit.name, r.dueDate]),
    ).toEqual([
      ['呼图壁县交通运输局', '2026-02-27'],
      ['玛纳斯县交通运输局', '2026-02-26'],
    ]);
    const events = await coordinator.events(id).expect(200);
    expect(
      events.body.map((e: { action: string; unit: { id: string } | null }) => [e.action, e.unit?.id ?? null]),
    ).toEqual([
      ['issued', null],
      ['targets_added', demo.unitIds['mns-transport']],
    ]);
    // Whoever is not a coordinator of the issuing unit cannot add.
    const province = campaignClient(api.http, await login(api.http, 'xj-coordinator'));
    const notIssuer = await province.addTargets(id, { unitIds: [demo.unitIds['fk-transport']] }).expect(403);
    expect(notIssuer.body.error).toBe('ROLE_REQUIRED');
  });

  it('refuses bad extension requests and decisions, storing nothing', async () => {
    const issued = await coordinator.issue({ ...valid(2028), title: `${title}-延期` }).expect(201);
    const id = issued.body.id;
    const htb = campaignClient(api.http, await login(api.http, 'htb-drafter'));
    const notLater = await htb
      .askExtension(id, { requestedDueDate: '2026-02-20', reason: '理由' })
      .expect(400);
    expect(notLater.body.error).toBe('EXTENSION_NOT_LATER');
    // A date years away (9999-12-31 made every read of the report count working days for seconds):
    // an extension runs at most to the end of the year after the report year.
    const farAway = await htb
      .askExtension(id, { requestedDueDate: '9999-12-31', reason: '理由' })
      .expect(400);
    expect(farAway.body).toMatchObject({
      error: 'EXTENSION_TOO_LATE',
      details: { field: 'requestedDueDate', latestDate: '2029-12-31' },
    });
    const noReason = await htb.askExtension(id, { requestedDueDate: '2026-03-06' }).expect(400);
    expect(noReason.body.error).toBe('VALIDATION_FAILED');
    // A reason of spaces was stored as none (scenario test, stop 47).
    const blankReason = await htb
      .askExtension(id, { requestedDueDate: '2026-03-06', reason: '   ' })
      .expect(400);
    expect(blankReason.body.message).toContain('reason should not be empty');
    const reviewer = campaignClient(api.http, await login(api.http, 'htb-reviewer'));
    const wrongRole = await reviewer
      .askExtension(id, { requestedDueDate: '2026-03-06', reason: '理由' })
      .expect(403);
    expect(wrongRole.body.error).toBe('ROLE_REQUIRED');
    const otherCounty = campaignClient(api.http, await login(api.http, 'mns-drafter'));
    await otherCounty
      .askExtension(id, {
        unitId: demo.unitIds['htb-transport'],
        requestedDueDate: '2026-03-06',
        reason: '理由',
      })
      .expect(404);
    // mns is not a target of this campaign.
    await otherCounty.askExtension(id, { requestedDueDate: '2026-03-06', reason: '理由' }).expect(404);
    // A target's drafter reads the campaign: asking for a unit it may not ask for says so, not
    // "Campaign not found" (QA and a penetration test, stop 50).
    const forOther = await htb
      .askExtension(id, {
        unitId: demo.unitIds['mns-transport'],
        requestedDueDate: '2026-03-06',
        reason: '理由',
      })
      .expect(404);
    expect(forOther.body.message).toBe(
      'That unit is not a target of this campaign that you may ask for: name one of your own units among its targets',
    );

    const asked = await htb
      .askExtension(id, { requestedDueDate: '2026-03-06', reason: '材料未齐' })
      .expect(201);
    const twice = await htb.askExtension(id, { requestedDueDate: '2026-03-07', reason: '再次' }).expect(409);
    expect(twice.body.error).toBe('EXTENSION_PENDING');
    const [{ n }] = await api.dataSource.query(
      'SELECT COUNT(*) AS n FROM extension_requests WHERE campaign_id = ?',
      [id],
    );
    expect(Number(n)).toBe(1);

    const noComment = await coordinator.decide(id, asked.body.id, { decision: 'refuse' }).expect(400);
    expect(noComment.body.error).toBe('COMMENT_REQUIRED');
    // A refusal keeps the date: one sent with it is refused, not dropped unsaid.
    const refusedWithDate = await coordinator
      .decide(id, asked.body.id, { decision: 'refuse', comment: '不同意', dueDate: '2026-03-06' })
      .expect(400);
    expect(refusedWithDate.body.message).toContain('dueDate is sent only with a grant');
    // The drafter reads the campaign, so it is told the missing role rather than "not found".
    const byDrafter = await htb.decide(id, asked.body.id, { decision: 'grant' }).expect(403);
    expect(byDrafter.body).toMatchObject({ error: 'ROLE_REQUIRED', details: { needed: ['coordinator'] } });
    const refused = await coordinator
      .decide(id, asked.body.id, { decision: 'refuse', comment: '时间充足，请按期报送' })
      .expect(200);
    expect(refused.body).toMatchObject({ status: 'refused', grantedDueDate: null });
    const board = await coordinator.board(id).expect(200);
    expect(board.body.rows[0]).toMatchObject({ dueDate: '2026-02-27', extended: false });
    // Once decided, a new request may be made.
    const again = await htb
      .askExtension(id, { requestedDueDate: '2026-03-04', reason: '党组会推迟' })
      .expect(201);
    const list = await htb.extensions(id).expect(200);
    expect(list.body.map((e: { status: string }) => e.status)).toEqual(['refused', 'pending']);
    // Each request names who asked and who decided, as the 延期申请 page shows them.
    const nameOf = async (username: string) =>
      (
        await api
          .http()
          .get('/me')
          .set('Authorization', `Bearer ${await login(api.http, username)}`)
      ).body.displayName as string;
    const [asker, decider] = [await nameOf('htb-drafter'), await nameOf('cj-coordinator')];
    expect(asker).not.toEqual(decider);
    expect(list.body).toMatchObject([
      { requestedByName: asker, decidedByName: decider },
      { requestedByName: asker, decidedByName: null },
    ]);
    expect(again.body).toMatchObject({ requestedByName: asker, decidedByName: null });
    // Nor may the office grant such a date; the request stays pending, the date unchanged.
    const grantedFar = await coordinator
      .decide(id, again.body.id, { decision: 'grant', dueDate: '2030-01-01' })
      .expect(400);
    expect(grantedFar.body).toMatchObject({ error: 'EXTENSION_TOO_LATE', details: { field: 'dueDate' } });
    const unchanged = await coordinator.board(id).expect(200);
    expect(unchanged.body.rows[0]).toMatchObject({ dueDate: '2026-02-27', extended: false });
  });
  it('stores the 文号 with its year in 〔〕 when the API is sent square brackets, and lists it so', async () => {
    const issued = await coordinator
      .issue({ ...valid(2035), title: `${title}-文号`, documentNumber: ' 昌州政办通[2026]1号 ' })
      .expect(201);
    const id = issued.body.id as string;
    expect(issued.body.notice.documentNumber).toBe('昌州政办通〔2026〕1号');
    expect((await coordinator.get(id).expect(200)).body.notice.documentNumber).toBe('昌州政办通〔2026〕1号');
    const listed = (await coordinator.list('?reportYear=2035').expect(200)).body as Array<{
      id: string;
      documentNumber: string | null;
    }>;
    expect(listed.find((c) => c.id === id)?.documentNumber).toBe('昌州政办通〔2026〕1号');
    const [row] = await api.dataSource.query('SELECT document_number FROM campaigns WHERE id = ?', [id]);
    expect(row.document_number).toBe('昌州政办通〔2026〕1号');
  });

  it('attaches the notice file for the issuer and lets the target units download it', async () => {
    const issued = await coordinator.issue({ ...valid(2029), title: `${title}-通知文件` }).expect(201);
    const id = issued.body.id;
    const pdf = Buffer.from('%PDF-1.4\n% 昌州政办通〔2026〕1号\n%%EOF\n');
    const upload = (client: ReturnType<typeof campaignClient>, content: Buffer, name: string) =>
      api.http().post(`/campaigns/${id}/notice-file`).set(client.auth).attach('file', content, name);
    const attached = await upload(coordinator, pdf, '关于报送年度报告的通知.pdf').expect(201);
    expect(attached.body).toMatchObject({
      name: '关于报送年度报告的通知.pdf',
      contentType: 'application/pdf',
    });
    const disguised = await upload(coordinator, Buffer.from('MZ\x90\x00'), 'notice.pdf').expect(415);
    expect(disguised.body.error).toBe('FILE_TYPE_NOT_ALLOWED');
    const drafter = campaignClient(api.http, await login(api.http, 'htb-drafter'));
    await upload(drafter, pdf, 'mine.pdf').expect(403);
    const notice = await drafter.get(id).expect(200);
    expect(notice.body.notice.file).toMatchObject({
      name: '关于报送年度报告的通知.pdf',
      sizeBytes: pdf.length,
    });
    const downloaded = await api.http().get(`/campaigns/${id}/notice-file`).set(drafter.auth).expect(200);
    expect(downloaded.headers['content-type']).toBe('application/pdf');
    expect(Buffer.from(downloaded.body as Buffer).equals(pdf)).toBe(true);
    const other = campaignClient(api.http, await login(api.http, 'fk-drafter'));
    await api.http().get(`/campaigns/${id}/notice-file`).set(other.auth).expect(404);
    // Withdrawn, the campaign is a record: its notice is the one the targets received (pen test, stop 44).
    await coordinator.withdraw(id, '通知有误，撤回').expect(200);
    const replaced = await upload(coordinator, Buffer.from('%PDF-1.4\n% 另一份\n%%EOF\n'), '改.pdf').expect(
      409,
    );
    expect(replaced.body.error).toBe('CAMPAIGN_WITHDRAWN');
    const kept = await api.http().get(`/campaigns/${id}/notice-file`).set(drafter.auth).expect(200);
    expect(Buffer.from(kept.body as Buffer).equals(pdf)).toBe(true);
  });
});
