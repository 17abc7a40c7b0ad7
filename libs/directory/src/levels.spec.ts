import { calendarRegionsOf, receivingUnitOf } from './levels';
import type { Unit } from './unit.repository';

const unit = (id: string, kind: Unit['kind'], divisionCode: string | null = null): Unit => ({
  id,
  parentId: null,
  path: `/${id}/`,
  depth: 0,
  name: id,
  kind,
  level: 'county',
  divisionCode,
  demonstrationArea: false,
  housedInUnitId: null,
  createdAt: new Date(0),
});

describe('levels', () => {
  const xj = unit('xj', 'government', '65');
  const cj = unit('cj', 'government', '6523');
  const htb = unit('htb', 'government', '652323');
  const bureau = unit('htb-transport', 'department');

  it('a county department reports to the prefecture; the prefecture to the region', () => {
    expect(receivingUnitOf(bureau, [xj, cj, htb])?.id).toBe('cj');
    expect(receivingUnitOf(unit('cj-transport', 'department'), [xj, cj])?.id).toBe('xj');
    expect(receivingUnitOf(cj, [xj])?.id).toBe('xj');
    expect(receivingUnitOf(xj, [])).toBeNull();
  });

  it('takes the calendar region from the nearest division code', () => {
    expect(calendarRegionsOf(bureau, [xj, cj, htb])).toEqual(['65']);
    expect(calendarRegionsOf(unit('elsewhere', 'department'), [unit('root', 'government')])).toEqual([]);
  });
});
