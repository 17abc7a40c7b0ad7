import { leftItsUnit, returnsSeenByCampaign, stateSeenByCampaign } from './board-receipts';

const dispatchedOn = new Date('2026-02-01T02:00:00Z');
const firstHere = new Date('2026-02-03T02:00:00Z');
const row = (over: Partial<Parameters<typeof stateSeenByCampaign>[0]>) =>
  stateSeenByCampaign({
    state: 'drafting',
    submittedAt: dispatchedOn,
    receiptStatus: null,
    receiptCreatedAt: null,
    hasReceipts: true,
    ...over,
  });

describe("a withdrawn campaign's board is the record of what was sent to it", () => {
  it('never says where the report went after: 未报送, 已报送, 已接收 or 已退回 from the receipt alone', () => {
    const withdrawn = (over: Partial<Parameters<typeof stateSeenByCampaign>[0]>) =>
      row({ state: 'legal_review', campaignWithdrawn: true, ...over });
    expect(withdrawn({})).toEqual({ state: 'not_submitted', submittedAt: null });
    expect(withdrawn({ hasReceipts: false })).toEqual({ state: 'not_submitted', submittedAt: null });
    expect(withdrawn({ receiptStatus: 'received', receiptCreatedAt: firstHere })).toEqual({
      state: 'submitted',
      submittedAt: firstHere,
    });
    expect(withdrawn({ receiptStatus: 'accepted', receiptCreatedAt: firstHere })).toEqual({
      state: 'accepted',
      submittedAt: firstHere,
    });
    expect(withdrawn({ receiptStatus: 'returned', receiptCreatedAt: firstHere })).toEqual({
      state: 'returned',
      submittedAt: null,
    });
  });
});

describe("a campaign board shows its own receipt, not the report's state", () => {
  it('accepted here stays accepted while another recipient has the report back in drafting', () => {
    expect(row({ receiptStatus: 'accepted', receiptCreatedAt: firstHere })).toEqual({
      state: 'accepted',
      submittedAt: firstHere,
    });
  });

  it('received since its first dispatch here; returned or not yet dispatched here is not submitted', () => {
    expect(row({ state: 'submitted', receiptStatus: 'received', receiptCreatedAt: firstHere })).toEqual({
      state: 'submitted',
      submittedAt: firstHere,
    });
    expect(row({ receiptStatus: 'returned', receiptCreatedAt: firstHere })).toEqual({
      state: 'drafting',
      submittedAt: null,
    });
    expect(row({ state: 'submitted' })).toEqual({ state: 'submitted', submittedAt: null });
  });

  it('a report sent and accepted elsewhere, never dispatched here, is 未报送本任务, not 已接收', () => {
    // A walk (stop 53): the board said 已接收/已公开 of a unit that never reported to this campaign.
    expect(row({ state: 'accepted', leftUnit: true })).toEqual({
      state: 'sent_elsewhere',
      submittedAt: null,
    });
    expect(row({ state: 'published', leftUnit: true })).toEqual({
      state: 'sent_elsewhere',
      submittedAt: null,
    });
    // Returned here, it is where the fix stands, as before.
    expect(row({ state: 'submitted', leftUnit: true, receiptStatus: 'returned' })).toEqual({
      state: 'submitted',
      submittedAt: null,
    });
    expect([leftItsUnit('default', 1, 'accepted'), leftItsUnit('default', 1, 'drafting')]).toEqual([
      true,
      false,
    ]);
  });

  it('a report dispatched before receipts existed keeps its own state and date', () => {
    expect(row({ state: 'accepted', hasReceipts: false })).toEqual({
      state: 'accepted',
      submittedAt: dispatchedOn,
    });
  });
});

describe('退回次数 on a campaign board counts the returns of that campaign only', () => {
  const returns = (over: Partial<Parameters<typeof returnsSeenByCampaign>[0]>) =>
    returnsSeenByCampaign({
      hasReceipts: true,
      receiptReturnCount: null,
      reportReturnCount: 3,
      submittedAt: dispatchedOn,
      ...over,
    });

  it("reads this campaign's receipt, not the report's count of every return", () => {
    expect(returns({ receiptReturnCount: 2 })).toBe(2);
    // Dispatched to another campaign only: this one has returned nothing.
    expect(returns({ receiptReturnCount: null })).toBe(0);
  });

  it('a report never dispatched has no returns from above, whatever its own reviewers returned', () => {
    expect(returns({ hasReceipts: false, submittedAt: null })).toBe(0);
  });

  it('a report dispatched before receipts existed keeps its own count', () => {
    expect(returns({ hasReceipts: false })).toBe(3);
  });
});
