import type { HistoryEvent } from '../../api/openapi.gen';
import { latestReturn, returnCounts } from './returnNotes';

let seq = 0;
const event = (action: string, fields: Partial<HistoryEvent> = {}): HistoryEvent => ({
  action,
  actor: { id: 'drafter', displayName: '李起草', username: 'li' },
  actorRole: 'drafter',
  actorUnitId: 'county',
  comment: null,
  createdAt: `2027-01-0${(seq % 9) + 1}T02:00:00.000Z`,
  fields: null,
  fromState: null,
  hash: `h${seq}`,
  revision: 1,
  seq: seq++,
  toState: 'drafting',
  toStateLabel: '起草中',
  ...fields,
});
const office = { id: 'clerk', displayName: '王经办', username: 'wang' };
const reviewer = { id: 'reviewer', displayName: '张审核', username: 'zhang' };

describe('the latest return, as the report page says it', () => {
  it('names the office that returned its receipt, the comment and the sections it concerns', () => {
    const events = [
      event('submit'),
      event('receipt_returned', {
        actor: office,
        actorRole: 'coordinator',
        comment: '【涉及：第一部分、第三部分】请补充数据。',
        fields: { recipientUnitId: 'pref', recipientUnitName: '昌吉回族自治州' },
      }),
      event('return', {
        actor: office,
        actorRole: 'coordinator',
        comment: '【涉及：第一部分、第三部分】请补充数据。',
      }),
    ];
    expect(latestReturn(events)).toMatchObject({
      text: '请补充数据。',
      sections: ['measures', 'leadersDuty'],
      by: '王经办',
      role: 'coordinator',
      office: { id: 'pref', name: '昌吉回族自治州' },
    });
  });

  it('a return by the unit’s own reviewer names no office and concerns the whole report when it names no section', () => {
    const note = latestReturn([
      event('submit'),
      event('return', { actor: reviewer, actorRole: 'dept_reviewer', comment: '请核对。' }),
    ]);
    expect(note).toMatchObject({ text: '请核对。', sections: [], role: 'dept_reviewer', office: null });
  });

  it('says the meeting’s 原则通过 with what to change, not as a return (a walk, stop 49)', () => {
    const party = { id: 'party', displayName: '赵登记', username: 'zhao' };
    const note = latestReturn([
      event('submit'),
      event('approve_in_principle', {
        actor: party,
        actorRole: 'party_approver',
        comment: '请补充原因分析。',
      }),
    ]);
    expect(note).toMatchObject({ kind: 'in_principle', text: '请补充原因分析。', role: 'party_approver' });
    expect(
      latestReturn([event('return', { actor: reviewer, actorRole: 'dept_reviewer', comment: 'x' })]),
    ).toMatchObject({
      kind: 'return',
    });
  });

  it('is none once the report was submitted again', () => {
    expect(
      latestReturn([
        event('return', { actor: reviewer, actorRole: 'dept_reviewer', comment: '请核对。' }),
        event('submit'),
      ]),
    ).toBeNull();
  });
});

describe('退回次数 split by who returned', () => {
  const returns = [
    event('return', { actor: reviewer, actorRole: 'dept_reviewer', comment: 'a' }),
    event('return', { actor: office, actorRole: 'coordinator', comment: 'b' }),
    event('return', { actor: reviewer, actorRole: 'legal_adviser', comment: 'c' }),
  ];

  it('counts the unit’s own reviewers’ returns apart from the offices’', () => {
    expect(returnCounts(returns, 3)).toEqual({ internal: 2, upper: 1 });
  });

  it('says nothing of the split when the history shown lacks returns the report counts', () => {
    expect(returnCounts(returns.slice(1), 3)).toBeNull();
  });
});
