import { startApi } from '../support/apps';
import { completeSections } from '../support/content';
import { reviewUnit } from './review-unit';

/**
 * The penetration test (#20) froze the API with one ordinary drafter's request; each is now answered
 * clearly, without the work that froze it.
 */
describe('one request cannot freeze the API', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let fixture: Awaited<ReturnType<typeof reviewUnit>>;

  beforeAll(async () => {
    api = await startApi();
    fixture = await reviewUnit(api.dataSource, api.http);
  });
  afterAll(async () => {
    await api?.app.close();
  });

  it('refuses to save a text of more paragraphs than any report has, saying so, and keeps the last revision', async () => {
    const drafter = fixture.clients.drafter;
    const created = await drafter.create({ unitId: fixture.unit.id, reportYear: 2185 }).expect(201);
    const id = created.body.id as string;
    const full = completeSections(fixture.unit.name, 2185);
    await drafter.save(id, { basedOnRevision: 0, sections: full }).expect(201);

    // 9,000 headings froze the completeness check every save runs for 8.8 s.
    const headings = ['一、主要举措和成效', ...Array.from({ length: 9000 }, () => '（一）甲')].join('\n');
    const refused = await drafter
      .save(id, { basedOnRevision: 1, sections: { measures: headings } })
      .expect(400);
    expect(refused.body).toMatchObject({
      statusCode: 400,
      error: 'REPORT_TOO_LONG',
      details: { limit: 5000 },
    });
    expect(refused.body.details.paragraphs).toBeGreaterThan(9000);
    expect(refused.body.message).toContain('a report may have at most 5000');
    expect(refused.body.requestId).toEqual(expect.any(String));

    const read = await drafter.get(id).expect(200);
    expect(read.body.currentRevision).toBe(1);
    expect(read.body.sections).toEqual(full);
  });

  it('refuses to check a text longer than any report may be, as a save does, on both check endpoints', async () => {
    const drafter = fixture.clients.drafter;
    const created = await drafter.create({ unitId: fixture.unit.id, reportYear: 2184 }).expect(201);
    const id = created.body.id as string;
    const { http, auth } = drafter.raw();
    // 100,000 heading lines held a process for 8 s and answered 20 MB (penetration test, round 15).
    const headings = (count: number) => Array.from({ length: count }, () => '一、').join('\n');
    const tooLong = { measures: headings(3000), other: headings(2001) };
    for (const [path, body] of [
      ['/content/check', { sections: tooLong, campaignYear: 2184, unitName: fixture.unit.name }],
      [`/reports/${id}/check`, { sections: tooLong }],
    ] as const) {
      const refused = await http().post(path).set(auth).send(body).expect(400);
      expect(refused.body).toMatchObject({
        error: 'REPORT_TOO_LONG',
        details: { paragraphs: 5001, limit: 5000 },
      });
      expect(refused.body.message).toContain('a report may have at most 5000');
    }
    // At the limit the check still runs and says what is wrong.
    const atLimit = await http()
      .post(`/reports/${id}/check`)
      .set(auth)
      .send({ sections: { measures: headings(3000), other: headings(2000) } })
      .expect(200);
    expect(atLimit.body.passed).toBe(false);
  });

  it('counts blank lines too: a few paragraphs among 20,000 empty lines are refused by the check and the save', async () => {
    const drafter = fixture.clients.drafter;
    const created = await drafter.create({ unitId: fixture.unit.id, reportYear: 2183 }).expect(201);
    const id = created.body.id as string;
    const { http, auth } = drafter.raw();
    // Round 15's second penetration test: 25 paragraphs among 100,000 blank lines cost 1.4 s per check.
    const blanks = (count: number, breakChar = '\n') => `（一）甲${breakChar.repeat(count)}（二）乙`;
    const refused = await http()
      .post(`/reports/${id}/check`)
      .set(auth)
      .send({ sections: { measures: blanks(12_000), other: blanks(8_000, '\r') } })
      .expect(400);
    expect(refused.body).toMatchObject({
      error: 'REPORT_TOO_LONG',
      details: { lines: 20_005, lineLimit: 20_000 },
    });
    expect(refused.body.message).toContain('blank lines included');
    const save = await drafter
      .save(id, { basedOnRevision: 0, sections: { measures: blanks(19_000), other: blanks(2_000) } })
      .expect(400);
    expect(save.body).toMatchObject({ error: 'REPORT_TOO_LONG', details: { lineLimit: 20_000 } });
    expect((await drafter.get(id).expect(200)).body.currentRevision).toBe(0);
  });

  it('refuses a text file of empty lines (or too large to be a report) before reading it line by line', async () => {
    const { http, auth } = fixture.clients.drafter.raw();
    for (const [bytes, name] of [
      [Buffer.from(`一、主要举措\n${'\n'.repeat(1_000_000)}`), 'blank.txt'],
      [Buffer.alloc(2_000_001, 0x41), 'large.txt'],
    ] as const) {
      const refused = await http()
        .post('/content/import-file')
        .set(auth)
        .attach('file', bytes, name)
        .expect(422);
      expect(refused.body).toMatchObject({
        error: 'DOCUMENT_REJECTED',
        details: { reason: 'TEXT_TOO_LONG' },
      });
    }
  });

  it('answers a comparison of two very different revisions at once: too different to compare line by line', async () => {
    const drafter = fixture.clients.drafter;
    const created = await drafter.create({ unitId: fixture.unit.id, reportYear: 2186 }).expect(201);
    const id = created.body.id as string;
    const full = completeSections(fixture.unit.name, 2186);
    // 4,000 different lines each side took GET /reports/:id/diff 13 s.
    const lines = (word: string) => Array.from({ length: 4000 }, (_, i) => `${word}${i}。`).join('\n');
    await drafter.save(id, { basedOnRevision: 0, sections: { ...full, measures: lines('旧') } }).expect(201);
    await drafter.save(id, { basedOnRevision: 1, sections: { measures: lines('新') } }).expect(201);

    const diff = await drafter
      .raw()
      .http()
      .get(`/reports/${id}/diff?from=1&to=2`)
      .set(drafter.raw().auth)
      .expect(200);
    const bySection = Object.fromEntries(diff.body.sections.map((d: { section: string }) => [d.section, d]));
    expect(bySection.measures).toEqual({ section: 'measures', changed: true, tooDifferent: true, hunks: [] });
    expect(bySection.other).toMatchObject({ changed: false, tooDifferent: false });
  });

  it("refuses to compare last year's plan with this year's report when both are far longer than any report", async () => {
    const drafter = fixture.clients.drafter;
    const full = (year: number) => completeSections(fixture.unit.name, year);
    // 500 planned items against 5,000 sentences held GET /reports/:id/follow-through for 48 s.
    const plan = [
      '四、下一年度安排',
      ...Array.from({ length: 500 }, (_, i) => `继续推进农村公路建设第${i}项。`),
    ];
    const lastYear = (await drafter.create({ unitId: fixture.unit.id, reportYear: 2188 }).expect(201)).body
      .id;
    await drafter
      .save(lastYear, { basedOnRevision: 0, sections: { ...full(2188), nextYearPlan: plan.join('\n') } })
      .expect(201);
    const sentences = Array.from({ length: 5000 }, (_, i) => `开展农村公路养护${i}次。`).join('');
    const thisYear = (await drafter.create({ unitId: fixture.unit.id, reportYear: 2189 }).expect(201)).body
      .id;
    await drafter
      .save(thisYear, {
        basedOnRevision: 0,
        sections: { ...full(2189), measures: `一、主要举措\n${sentences}` },
      })
      .expect(201);

    const refused = await drafter
      .raw()
      .http()
      .get(`/reports/${thisYear}/follow-through`)
      .set(drafter.raw().auth)
      .expect(422);
    expect(refused.body).toMatchObject({ error: 'FOLLOW_THROUGH_TOO_LARGE', details: { plannedItems: 500 } });
    expect(refused.body.message).toContain('too long to compare');
  });
});
