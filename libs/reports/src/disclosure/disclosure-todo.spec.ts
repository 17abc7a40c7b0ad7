import { nextDisclosureStep } from './disclosure.service';

describe('nextDisclosureStep (我的待办’s 政务公开)', () => {
  it('asks for the review, then after changes the marking, then a new review, then the publication', () => {
    expect(nextDisclosureStep({ status: 'not_started', markedSinceReview: false })).toBe('review');
    expect(nextDisclosureStep({ status: 'reviewed', markedSinceReview: false })).toBe('mark');
    expect(nextDisclosureStep({ status: 'reviewed', markedSinceReview: true })).toBe('review');
    expect(nextDisclosureStep({ status: 'cleared_for_publication', markedSinceReview: false })).toBe(
      'publish',
    );
    expect(nextDisclosureStep({ status: 'published', markedSinceReview: false })).toBeNull();
  });
});
