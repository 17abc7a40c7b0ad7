import { startApi } from '../support/apps';
import { loadDemo } from '../support/demo';
import { campaignClient, login } from './campaign-helpers';

/**
 * docs/domain.md: a recipient the rules name but the directory lacks is reported as unresolved on
 * the line, never guessed. The demo's 伊犁州 has no 州委 and no 依法治州办 yet: the 州政府 asking its
 * county government for the report on the line one level up is told so before issuing.
 */
describe('the default recipients name what the directory lacks', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let demo: Awaited<ReturnType<typeof loadDemo>>;

  beforeAll(async () => {
    api = await startApi();
    demo = await loadDemo(api.dataSource);
  });
  afterAll(async () => {
    await api?.app.close();
  });

  it('sends to the 州政府 the directory holds and names the 州委 and 依法治州办 it lacks', async () => {
    const prefecture = campaignClient(api.http, await login(api.http, 'yl-coordinator'));
    const preview = await api
      .http()
      .post('/campaigns/default-recipients')
      .set(prefecture.auth)
      .send({ targets: { unitIds: [demo.unitIds.yn] } })
      .expect(200);
    expect(preview.body).toMatchObject({
      source: 'routing_table',
      lineKind: 'party_and_government_to_level_up',
      main: [{ name: '伊犁哈萨克自治州' }],
      copy: [],
    });
    expect(preview.body.unresolved).toEqual([
      { role: 'party_committee_one_level_up', label: '上一级党委' },
      { role: 'rule_of_law_office_one_level_up', label: '上一级依法治X办' },
    ]);
  });

  it('names nothing when every recipient is in the directory', async () => {
    const prefecture = campaignClient(api.http, await login(api.http, 'cj-fzb'));
    const preview = await api
      .http()
      .post('/campaigns/default-recipients')
      .set(prefecture.auth)
      .send({ targets: { unitIds: [demo.unitIds.mns] } })
      .expect(200);
    expect(preview.body.source).toBe('routing_table');
    expect(preview.body.unresolved).toEqual([]);
  });
});
