import { deliberationBodyOf, isDeliberationBody } from './deliberation-bodies';

describe('the body that deliberates a unit’s report', () => {
  it('is the unit’s own choice when it made one', () => {
    expect(deliberationBodyOf({ kind: 'department', deliberationBody: '局长办公会议' })).toBe('局长办公会议');
  });

  it('otherwise follows the unit kind', () => {
    const byKind = (kind: Parameters<typeof deliberationBodyOf>[0]['kind']) =>
      deliberationBodyOf({ kind, deliberationBody: null });
    expect(byKind('department')).toBe('党组会议');
    expect(byKind('justice_bureau')).toBe('党组会议');
    expect(byKind('government')).toBe('政府常务会议');
    expect(byKind('party_committee')).toBe('党委常委会会议');
    expect(byKind('congress_standing_committee')).toBe('主任会议');
    // A unit built without the column (a test, an import) gets the default too.
    expect(deliberationBodyOf({ kind: 'government' })).toBe('政府常务会议');
  });

  it('knows the bodies the work guides name, and nothing else', () => {
    expect(isDeliberationBody('党委常委会会议')).toBe(true);
    expect(isDeliberationBody('党组会')).toBe(false);
  });
});
