import { dueDateMove } from './dueDateMove';

describe('dueDateMove (what the history says of a due-date change)', () => {
  it('names the old and new date and why', () => {
    expect(
      dueDateMove({ dueDateBefore: '2026-12-07', dueDate: '2026-12-15', kind: 'extension_granted' }),
    ).toBe('报送截止日期由2026年12月7日改为2026年12月15日（批准延期申请）');
    expect(dueDateMove({ dueDateBefore: '2027-02-25', dueDate: '2027-02-20', kind: 'campaign_asked' })).toBe(
      '报送截止日期由2027年2月25日改为2027年2月20日（新的报送任务要求更早报送）',
    );
  });

  it('says when the date no longer applies', () => {
    expect(dueDateMove({ dueDateBefore: '2027-02-25', dueDate: null, kind: 'campaign_withdrawn' })).toBe(
      '报送截止日期（原2027年2月25日）不再适用（报送任务撤回）',
    );
  });
});
