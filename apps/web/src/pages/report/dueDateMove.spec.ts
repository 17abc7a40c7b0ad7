import { dueDateMove, dueDateMovedSince, withdrawnSince } from './dueDateMove';

describe('dueDateMove (what the history says of a due-date change)', () => {
  it('names the old and new date and why', () => {
    expect(
      dueDateMove({ dueDateBefore: '2026-12-07', dueDate: '2026-12-15', kind: 'extension_granted' }),
    ).toBe('报送截止日期由2026年12月7日改为2026年12月15日（批准延期申请）');
    expect(dueDateMove({ dueDateBefore: '2027-02-25', dueDate: '2027-02-20', kind: 'campaign_asked' })).toBe(
      '报送截止日期由2027年2月25日改为2027年2月20日（新的报送任务要求更早报送）',
    );
    // A report left without a date (its campaign withdrawn) is given one: not "earlier" (walk, stop 57).
    expect(dueDateMove({ dueDateBefore: null, dueDate: '2028-03-01', kind: 'campaign_asked' })).toBe(
      '报送截止日期改为2028年3月1日（新的报送任务）',
    );
  });

  it('says when the date no longer applies', () => {
    expect(dueDateMove({ dueDateBefore: '2027-02-25', dueDate: null, kind: 'campaign_withdrawn' })).toBe(
      '报送截止日期（原2027年2月25日）不再适用（报送任务撤销）',
    );
  });
});

describe('dueDateMovedSince (a 催办 banner after the date moved)', () => {
  const urgedAt = '2026-12-05T01:00:00.000Z';
  const moved = {
    action: 'due_date_changed',
    createdAt: '2026-12-05T03:00:00.000Z',
    fields: { dueDateBefore: '2026-12-07', dueDate: '2026-12-15', kind: 'extension_granted' },
  };

  it('says the last move after the 催办, and nothing for one before it', () => {
    expect(dueDateMovedSince([moved], urgedAt)).toBe(
      '报送截止日期由2026年12月7日改为2026年12月15日（批准延期申请）',
    );
    expect(dueDateMovedSince([moved], '2026-12-05T04:00:00.000Z')).toBeNull();
    expect(dueDateMovedSince([{ ...moved, action: 'submit' }], urgedAt)).toBeNull();
  });
});

describe('withdrawnSince (a 催办 the campaign’s withdrawal made moot)', () => {
  const urgedAt = '2026-12-05T01:00:00.000Z';
  const withdrawn = {
    action: 'due_date_changed',
    createdAt: '2026-12-06T03:00:00.000Z',
    fields: { dueDateBefore: '2028-03-01', dueDate: null, kind: 'campaign_withdrawn' },
  };
  const extended = {
    action: 'due_date_changed',
    createdAt: '2026-12-05T03:00:00.000Z',
    fields: { dueDateBefore: '2026-12-07', dueDate: '2026-12-15', kind: 'extension_granted' },
  };

  it('is true when the last move after the 催办 withdrew the date', () => {
    expect(withdrawnSince([extended, withdrawn], urgedAt)).toBe(true);
  });

  it('is false for an extension, a withdrawal before the 催办, or a date asked again after it', () => {
    expect(withdrawnSince([extended], urgedAt)).toBe(false);
    expect(withdrawnSince([withdrawn], '2026-12-07T00:00:00.000Z')).toBe(false);
    const askedAgain = {
      ...extended,
      createdAt: '2026-12-07T03:00:00.000Z',
      fields: { dueDateBefore: null, dueDate: '2028-02-20', kind: 'campaign_asked' },
    };
    expect(withdrawnSince([withdrawn, askedAgain], urgedAt)).toBe(false);
  });
});
