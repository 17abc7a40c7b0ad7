import { startApi } from '../support/apps';
import { completeSections } from '../support/content';
import { reviewUnit } from './review-unit';

/**
 * A save names what it changes (#15 item 10): sections left out of the body keep the text of the
 * based-on revision; only an explicit "" clears one.
 */
describe('saving part of a report', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let fixture: Awaited<ReturnType<typeof reviewUnit>>;

  beforeAll(async () => {
    api = await startApi();
    fixture = await reviewUnit(api.dataSource, api.http);
  });
  afterAll(async () => {
    await api?.app.close();
  });

  it('keeps the sections a save does not name and clears one sent as ""', async () => {
    const drafter = fixture.clients.drafter;
    const created = await drafter.create({ unitId: fixture.unit.id, reportYear: 2024 }).expect(201);
    const id = created.body.id as string;
    const full = completeSections(fixture.unit.name, 2024);
    await drafter.save(id, { basedOnRevision: 0, sections: full }).expect(201);

    // The README's own example shape: one section only.
    const partial = await drafter
      .save(id, { basedOnRevision: 1, sections: { other: '五、其他需要报告的情况\n无。' } })
      .expect(201);
    expect(partial.body.sections).toEqual({ ...full, other: '五、其他需要报告的情况\n无。' });
    const read = await drafter.get(id).expect(200);
    expect(read.body.sections).toEqual({ ...full, other: '五、其他需要报告的情况\n无。' });
    expect(read.body.currentRevision).toBe(2);

    // An explicit empty string is the user's own choice to clear the section.
    await drafter.save(id, { basedOnRevision: 2, sections: { shortcomings: '' } }).expect(201);
    const cleared = await drafter.get(id).expect(200);
    expect(cleared.body.sections).toEqual({
      ...full,
      shortcomings: '',
      other: '五、其他需要报告的情况\n无。',
    });

    // Revision 1 is untouched: every save is a new revision, the diff shows only what was named.
    const diff = await drafter
      .raw()
      .http()
      .get(`/reports/${id}/diff?from=1&to=3`)
      .set(drafter.raw().auth)
      .expect(200);
    const changed = diff.body.sections
      .filter((d: { changed: boolean }) => d.changed)
      .map((d: { section: string }) => d.section);
    expect(changed).toEqual(['shortcomings', 'other']);
  });

  it('starts from empty sections on the first save (based on revision 0)', async () => {
    const drafter = fixture.clients.drafter;
    const created = await drafter.create({ unitId: fixture.unit.id, reportYear: 2023 }).expect(201);
    const saved = await drafter
      .save(created.body.id, { basedOnRevision: 0, sections: { measures: '一、主要举措和成效' } })
      .expect(201);
    expect(saved.body.sections).toEqual({
      measures: '一、主要举措和成效',
      shortcomings: '',
      leadersDuty: '',
      nextYearPlan: '',
      other: '',
    });
  });
});
