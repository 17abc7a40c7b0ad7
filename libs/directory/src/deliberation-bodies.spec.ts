import {
  deliberationBodyOf,
  isDeliberationBody,
  type DeliberatingUnitKind,
  type DeliberatingUnitLevel,
} from './deliberation-bodies';
import type { UnitKind, UnitLevel } from './unit.repository';

// The rule's own kinds and levels are the directory's (a new kind fails to compile here until it has a body).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameKinds: Same<DeliberatingUnitKind, UnitKind> = true;
const sameLevels: Same<DeliberatingUnitLevel, UnitLevel> = true;

describe('the body that deliberates a unit’s report', () => {
  it('is the unit’s own choice when it made one', () => {
    expect(
      deliberationBodyOf({ kind: 'department', level: 'county', deliberationBody: '局长办公会议' }),
    ).toBe('局长办公会议');
    expect(
      deliberationBodyOf({ kind: 'government', level: 'township', deliberationBody: '党政联席会议' }),
    ).toBe('党政联席会议');
  });

  it('otherwise follows the unit kind', () => {
    const byKind = (kind: Parameters<typeof deliberationBodyOf>[0]['kind']) =>
      deliberationBodyOf({ kind, level: 'county', deliberationBody: null });
    expect(byKind('department')).toBe('党组会议');
    expect(byKind('justice_bureau')).toBe('党组会议');
    expect(byKind('government')).toBe('政府常务会议');
    expect(byKind('party_committee')).toBe('党委常委会会议');
    expect(byKind('congress_standing_committee')).toBe('主任会议');
    // A unit built without the column (a test, an import) gets the default too.
    expect(deliberationBodyOf({ kind: 'government', level: 'county' })).toBe('政府常务会议');
  });

  it('gives a township’s government and 党委 the 党委会议: they have no 常务会议 nor 常委会', () => {
    expect(deliberationBodyOf({ kind: 'government', level: 'township' })).toBe('党委会议');
    expect(deliberationBodyOf({ kind: 'party_committee', level: 'township' })).toBe('党委会议');
    // A township's own office or station deliberates as a department does.
    expect(deliberationBodyOf({ kind: 'department', level: 'township' })).toBe('党组会议');
  });

  it('knows the units the directory has', () => {
    expect([sameKinds, sameLevels]).toEqual([true, true]);
  });

  it('knows the bodies the work guides name, and nothing else', () => {
    expect(isDeliberationBody('党委常委会会议')).toBe(true);
    expect(isDeliberationBody('乡镇长办公会议')).toBe(true);
    expect(isDeliberationBody('党组会')).toBe(false);
  });
});
