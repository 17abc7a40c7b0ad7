import { stateSeenByCampaign } from './board-receipts';

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

  it('a report dispatched before receipts existed keeps its own state and date', () => {
    expect(row({ state: 'accepted', hasReceipts: false })).toEqual({
      state: 'accepted',
      submittedAt: dispatchedOn,
    });
  });
});
