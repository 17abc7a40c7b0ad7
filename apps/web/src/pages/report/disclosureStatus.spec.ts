import { disclosureColumn } from './disclosureStatus';

describe('the disclosure status the report page shows', () => {
  const due = { dueDate: '2027-04-01' };

  it('is 未公开 up to and including the due day, 逾期未公开 the day after', () => {
    expect(disclosureColumn({ ...due, status: 'cleared_for_publication' }, '2027-04-01')).toBe(
      'not_published',
    );
    expect(disclosureColumn({ ...due, status: 'not_started' }, '2027-04-02')).toBe('overdue_unpublished');
  });

  it('is 已公开 once published, even when that was late', () => {
    expect(disclosureColumn({ ...due, status: 'published' }, '2027-05-01')).toBe('published');
  });

  it('is never overdue without a due date', () => {
    expect(disclosureColumn({ dueDate: null, status: 'reviewed' }, '2099-01-01')).toBe('not_published');
  });
});
