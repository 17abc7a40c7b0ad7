import { parseLocalDate, type LocalDate } from '@app/calendar';
import type { AppError } from '@app/common';
import type { CampaignTarget } from './campaign.types';
import { assertNotPastDue, withdrawalMessages } from './withdrawal-plan';

const day = (text: string): LocalDate => parseLocalDate(text);
const target = (campaignId: string, unitId: string, due: string): CampaignTarget => ({
  campaignId,
  unitId,
  reportId: `r-${campaignId}-${unitId}`,
  originalDueDate: day(due),
  dueDate: day(due),
});

describe('withdrawing a campaign', () => {
  it('may withdraw up to and including the due day, not after', () => {
    const campaign = { id: 'c', dueDate: day('2026-02-28') };
    expect(() => assertNotPastDue(campaign, [], day('2026-02-28'))).not.toThrow();
    let code = '';
    try {
      assertNotPastDue(campaign, [], day('2026-03-01'));
    } catch (error) {
      code = (error as AppError).code;
    }
    expect(code).toBe('CAMPAIGN_PAST_DUE');
  });

  it("without a campaign date, is past due after its own targets' earliest date as issued", () => {
    const campaign = { id: 'c', dueDate: null };
    const targets = [
      target('c', 'a', '2026-01-31'),
      target('c', 'b', '2026-03-01'),
      // A cascade's earlier date does not count: only the withdrawn campaign's own targets do.
      target('child', 'x', '2026-01-15'),
    ];
    expect(() => assertNotPastDue(campaign, targets, day('2026-01-31'))).not.toThrow();
    expect(() => assertNotPastDue(campaign, targets, day('2026-02-01'))).toThrow('2026-01-31');
  });

  it('tells each drafter once per campaign their unit was a target of, with that date and the reason', () => {
    const messages = withdrawalMessages({
      family: [
        { id: 'c', title: '省报送任务' },
        { id: 'child', title: '州报送任务' },
      ],
      targets: [target('c', 'pref', '2026-03-01'), target('child', 'county', '2026-02-20')],
      drafters: [
        { userId: 'u1', unitId: 'county' },
        { userId: 'u2', unitId: 'unrelated' },
        { userId: 'office', unitId: 'county', readsReport: false },
      ],
      reason: '通知有误',
    });
    const told = {
      kind: 'campaign_withdrawn',
      campaignId: 'child',
      title: '报送任务已撤销：州报送任务',
      body: '《州报送任务》已撤销，原定2026年2月20日的报送要求不再有效。撤销原因：通知有误',
    };
    expect(messages).toEqual([
      {
        ...told,
        userId: 'u1',
        reportId: 'r-child-county',
        dedupKey: 'campaign_withdrawn-child-r-child-county-u1',
      },
      // The county's 依法治X办, which does not read the county's report, is pointed to the campaign.
      {
        ...told,
        userId: 'office',
        reportId: null,
        dedupKey: 'campaign_withdrawn-child-r-child-county-office',
      },
    ]);
  });
});
