import { nextDisclosureStep } from './disclosure.service';

describe('nextDisclosureStep (我的待办’s 政务公开)', () => {
  const sent = { sent: true, signedOff: true, markedSinceReview: false };
  it('asks for the review, then after changes the marking, then a new review, then the publication', () => {
    expect(nextDisclosureStep({ ...sent, status: 'not_started' })).toBe('review');
    expect(nextDisclosureStep({ ...sent, status: 'reviewed' })).toBe('mark');
    expect(nextDisclosureStep({ ...sent, status: 'reviewed', markedSinceReview: true })).toBe('review');
    expect(nextDisclosureStep({ ...sent, status: 'cleared_for_publication' })).toBe('publish');
    expect(nextDisclosureStep({ ...sent, status: 'published' })).toBeNull();
  });

  it('asks for the review of a report signed off but not sent, and its publication only once sent', () => {
    const unsent = { sent: false, signedOff: true, markedSinceReview: false };
    expect(nextDisclosureStep({ ...unsent, status: 'not_started' })).toBe('review');
    expect(nextDisclosureStep({ ...unsent, status: 'cleared_for_publication' })).toBeNull();
  });

  it('offers no review of a report returned to drafting after it was sent; its drafter still marks', () => {
    const returned = { sent: false, signedOff: false, markedSinceReview: false };
    expect(nextDisclosureStep({ ...returned, status: 'not_started' })).toBeNull();
    expect(nextDisclosureStep({ ...returned, status: 'reviewed', markedSinceReview: true })).toBeNull();
    expect(nextDisclosureStep({ ...returned, status: 'reviewed' })).toBe('mark');
    expect(nextDisclosureStep({ ...returned, status: 'cleared_for_publication' })).toBeNull();
  });
});
