import { ManualClock } from '@app/common';
import { startApi } from '../support/apps';
import { step, submitDraft } from './report-helpers';
import { reviewUnit } from './review-unit';

const MEETING = { meetingBody: '党组会议', minutesNumber: '党组会纪要〔2025〕3号' };

/**
 * Dates are sane (#14 item 6): a party-group meeting dated five years ahead, or before the report
 * year, is refused with 400 naming the field and the allowed range (today in China time, from the
 * injected clock), and nothing changes.
 */
describe('user-entered dates in actions', () => {
  // 2025-02-10 01:00 in China is still 2025-02-09 in UTC: "today" must be China's.
  const clock = new ManualClock(new Date('2025-02-10T01:00:00+08:00'));
  let api: Awaited<ReturnType<typeof startApi>>;
  let fixture: Awaited<ReturnType<typeof reviewUnit>>;

  beforeAll(async () => {
    api = await startApi({ clock });
    fixture = await reviewUnit(api.dataSource, api.http);
  });
  afterAll(async () => {
    await api?.app.close();
  });

  it('refuses a meeting in the future or before the report year, accepts one today', async () => {
    const { drafter, reviewer, legal, party } = fixture.clients;
    const id = (await drafter.create({ unitId: fixture.unit.id, reportYear: 2024 }).expect(201)).body.id;
    await submitDraft(drafter, id);
    // A date field sent where it is not required is recorded all the same, so it is checked too.
    const current = await reviewer.get(id).expect(200);
    const stray = await reviewer
      .act(id, {
        action: 'approve',
        expectedVersion: current.body.version,
        fields: { publicationDate: '2030-01-01' },
      })
      .expect(400);
    expect(stray.body).toMatchObject({
      error: 'FIELD_INVALID',
      details: { invalidFields: ['publicationDate'] },
    });
    await step(reviewer, id, 'approve');
    await step(legal, id, 'approve', { fields: { opinion: '经审查，报告内容合法合规。' } });
    const before = await party.get(id).expect(200);

    for (const meetingDate of ['2030-02-10', '2025-02-11', '2023-12-31']) {
      const refused = await party
        .act(id, {
          action: 'approve',
          expectedVersion: before.body.version,
          fields: { ...MEETING, meetingDate },
        })
        .expect(400);
      expect(refused.body).toMatchObject({
        statusCode: 400,
        error: 'FIELD_INVALID',
        message: `meetingDate must be between 2024-01-01 (the start of report year 2024) and 2025-02-10 (today, China time), got ${meetingDate}`,
        details: { invalidFields: ['meetingDate'] },
      });
    }
    // A 纪要编号 that reads as another once shown (review, stop 47): refused, naming the field.
    const disguised = await party
      .act(id, {
        action: 'approve',
        expectedVersion: before.body.version,
        fields: { ...MEETING, minutesNumber: '党组会纪要〔2025〕\u202e3号', meetingDate: '2025-02-10' },
      })
      .expect(400);
    expect(disguised.body).toMatchObject({ error: 'VALIDATION_FAILED' });
    expect(disguised.body.message).toContain('minutesNumber must not contain invisible characters');
    const unchanged = await party.get(id).expect(200);
    expect(unchanged.body).toMatchObject({ state: 'party_approval', version: before.body.version });

    await step(party, id, 'approve', { fields: { ...MEETING, meetingDate: '2025-02-10' } });
    // Deliberated on its last possible day: the principal leader signs next.
    expect((await party.get(id).expect(200)).body.state).toBe('leader_signoff');
  });
});
