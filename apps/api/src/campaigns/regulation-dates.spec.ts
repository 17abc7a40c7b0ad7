import {
  defaultDisclosureDate,
  demonstrationLineDueDate,
  earliest,
  latest,
  regulationDueDate,
} from './regulation-dates';
import { regionsOf, type AncestorFacts } from './unit-regions';
import type { LocalDate } from '@app/calendar';

describe('regulation due dates (厅字〔2019〕28号 as domain.md states it)', () => {
  it('gives 1 March to county and city units, 1 April to provincial party committees and governments', () => {
    const unit = { kind: 'department', level: 'county' } as const;
    expect(regulationDueDate(2025, unit)).toBe('2026-03-01');
    expect(regulationDueDate(2025, { ...unit, level: 'prefecture', kind: 'government' })).toBe('2026-03-01');
    expect(regulationDueDate(2025, { ...unit, level: 'province', kind: 'government' })).toBe('2026-04-01');
    // A provincial department reports to its own government by 1 March.
    expect(regulationDueDate(2025, { ...unit, level: 'province' })).toBe('2026-03-01');
    expect(regulationDueDate(2025, { ...unit, level: 'province', kind: 'party_committee' })).toBe(
      '2026-04-01',
    );
    expect(regulationDueDate(2025, { ...unit, level: 'county', kind: 'party_committee' })).toBe('2026-03-01');
    expect(defaultDisclosureDate(2025)).toBe('2026-04-01');
  });

  it("dates only a demonstration area's additional line end of January", () => {
    expect(demonstrationLineDueDate(2025)).toBe('2026-01-31');
  });

  it('picks the earliest and latest of dates', () => {
    const dates = ['2026-02-27', '2026-01-31', '2026-03-01'] as LocalDate[];
    expect(earliest(dates)).toBe('2026-01-31');
    expect(latest(dates)).toBe('2026-03-01');
    expect(earliest([])).toBeNull();
  });
});

describe('unit regions from the ancestry', () => {
  const facts = new Map<string, AncestorFacts>([
    ['xj', { id: 'xj', kind: 'government', divisionCode: '65', demonstrationArea: false }],
    ['cj', { id: 'cj', kind: 'government', divisionCode: '6523', demonstrationArea: false }],
    ['htb', { id: 'htb', kind: 'government', divisionCode: '652323', demonstrationArea: true }],
    ['htb-t', { id: 'htb-t', kind: 'department', divisionCode: null, demonstrationArea: false }],
    ['cj-t', { id: 'cj-t', kind: 'department', divisionCode: null, demonstrationArea: false }],
    ['x', { id: 'x', kind: 'government', divisionCode: null, demonstrationArea: false }],
  ]);

  it("takes the 2-digit province prefix of the nearest division code, the unit's own first", () => {
    expect(regionsOf('/xj/cj/htb/htb-t/', facts)).toEqual(['65']);
    expect(regionsOf('/xj/', facts)).toEqual(['65']);
    expect(regionsOf('/x/', facts)).toEqual([]);
  });
});
