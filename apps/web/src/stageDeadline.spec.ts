import { hasLeftUnit } from './labels';

describe('本环节截止 once the report has left its unit (walk P11)', () => {
  it('counts down while the unit works on the report', () => {
    for (const state of ['drafting', 'dept_review', 'legal_review', 'party_approval', 'leader_signoff']) {
      expect(hasLeftUnit(state)).toBe(false);
    }
  });
  it('stops once it is sent (已报送, 已接收, 已公开)', () => {
    for (const state of ['submitted', 'accepted', 'published']) expect(hasLeftUnit(state)).toBe(true);
  });
  it('an unknown or missing state is not taken as sent', () => {
    expect(hasLeftUnit('something_new')).toBe(false);
    expect(hasLeftUnit(null)).toBe(false);
  });
});
